import atexit
import os
import shutil
import tempfile

# Every benchmark starts with an empty engine audio cache (engine/audio_cache.py), so what it times is
# rendered, not read back from an earlier run. Render workers re-import this package: they keep their parent's.
if "INTONATE_BENCHMARK_CACHE" not in os.environ:
    os.environ["INTONATE_BENCHMARK_CACHE"] = os.environ["INTONATE_CACHE_DIR"] = tempfile.mkdtemp(
        prefix="intonate-benchmark-cache-")
    atexit.register(shutil.rmtree, os.environ["INTONATE_CACHE_DIR"], ignore_errors=True)
