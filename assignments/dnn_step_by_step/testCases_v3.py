"""The course's testCases_v3 (2017-2018 notebooks; numpy only): taken here as testCases_v4a's builders."""

from testCases_v4a import *  # noqa: F401,F403
from testCases_v4a import __all__  # noqa: F401
