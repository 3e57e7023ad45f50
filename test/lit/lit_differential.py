"""lit test format of test/lit/differential (see lit.local.cfg there)."""
import os
import shlex
import subprocess

import lit.formats
import lit.Test

# Every function compiled on its first call: both backends with the default
# pipeline (uop-optimize), machine code without optimization, and each pass
# of the pipeline alone. And "warm": compiled at the 10th call, after the
# interpreter specialized the code, so the passes see its guards and types.
CONFIGS = {
    "warm": ["--threshold", "10"],
    "machine": ["--threshold", "1", "--backend=machine"],
    "interp": ["--threshold", "1", "--backend=interp"],
    "none": ["--threshold", "1", "--backend=machine", "--passes=none"],
    "specialize-types": ["--threshold", "1", "--passes=uop-specialize-types"],
    "remove-guards": ["--threshold", "1", "--passes=uop-remove-guards"],
    "fold-constants": ["--threshold", "1", "--passes=uop-fold-constants"],
    "remove-refcounts": ["--threshold", "1", "--passes=uop-remove-refcounts"],
    # Unboxing needs the facts: alone it finds no exact floats.
    "unbox": ["--threshold", "1", "--passes=uop-specialize-types,uop-unbox"],
    # Fusion needs specialized compares: at the first call there are few.
    "fuse-branches": ["--threshold", "10", "--passes=uop-fuse-branches"],
    # Hoisting needs the interpreter's guards, as fusion needs its compares.
    "hoist-guards": ["--threshold", "10", "--passes=uop-hoist-guards"],
    "speculate-iterators": ["--threshold", "1", "--passes=uop-speculate-iterators"],
}


class Differential(lit.formats.TestFormat):
    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        programs = os.path.join(localConfig.uopjit_src_root, "test", "python")
        for name in sorted(os.listdir(programs)):
            if not name.endswith(".py") or name == "differential.py":
                continue
            for config_name in CONFIGS:
                yield lit.Test.Test(testSuite, path_in_suite + (f"{name}:{config_name}",),
                                    localConfig, file_path=os.path.join(programs, name))

    def execute(self, test, litConfig):
        name, config_name = test.path_in_suite[-1].split(":")
        cfg = test.config
        cmd = [cfg.python_executable,
               os.path.join(cfg.uopjit_src_root, "test", "python", "differential.py"),
               "--uopjit", os.path.join(cfg.uopjit_tools_dir, "uopjit"),
               test.file_path] + CONFIGS[config_name]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        out = proc.stdout + proc.stderr
        return (lit.Test.PASS if proc.returncode == 0 else lit.Test.FAIL), \
            " ".join(map(shlex.quote, cmd)) + "\n" + out

