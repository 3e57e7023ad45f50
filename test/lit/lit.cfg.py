# lit configuration for uopjit's FileCheck tests.
import os

import lit.formats
from lit.llvm import llvm_config

config.name = "uopjit"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".uop", ".mlir", ".test", ".td"]
config.excludes = ["lit.cfg.py", "lit_differential.py", "lit.site.cfg.py", "Inputs", "CMakeLists.txt", "README.md"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.uopjit_obj_root, "test", "lit")

config.substitutions.append(("%uopjit_src", config.uopjit_src_root))
config.substitutions.append(("%uopjit_obj", config.uopjit_obj_root))
config.substitutions.append(("%mlir_include", config.mlir_include_dir))
config.substitutions.append(("%python", config.python_executable))

llvm_config.with_system_environment(["HOME", "TMPDIR"])
llvm_config.use_default_substitutions()
tool_dirs = [config.uopjit_tools_dir, config.llvm_tools_dir]
llvm_config.add_tool_substitutions(["uop-opt", "uop-tblgen", "uop-catalog", "uop-translate", "uopjit"], tool_dirs)
config.substitutions.append(("%uop_opt_path", os.path.join(config.uopjit_tools_dir, "uop-opt")))
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
