import sys

from rvjit.gen import main

sys.exit(main())
