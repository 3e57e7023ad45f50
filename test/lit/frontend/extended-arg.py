# Opargs above 255 need EXTENDED_ARG prefixes; the importer folds them into
# the instruction they prefix: no uop for the prefix, the full oparg on the
# uop, and the frame state of the instruction at the prefix's offset (where
# the interpreter must restart to see the whole oparg). Here the `if` jumps
# over more than 255 code units, and the sum loads constants 256..299.
# RUN: rm -rf %t && uopjit dump --run -o %t %s 2>/dev/null
# RUN: uop-translate --import-bytecode %t/1-far.json | uop-opt | FileCheck %s
# RUN: uop-translate --import-bytecode %t/1-far.json | uop-opt | not grep extended_arg

# CHECK-LABEL: uop.func @far(%x)
# POP_JUMP_FORWARD_IF_FALSE at 6 with one EXTENDED_ARG at 4: oparg 943.
# CHECK:         %[[FS:fs4]] = uop.frame_state at 4 locals(%x) stack(%x)
# CHECK-NEXT:    %[[T:taken[_0-9]*]] = uop.pop_jump_forward_if_false %x <oparg = 943> frame %[[FS]]
# CHECK-NEXT:    cf.cond_br %[[T]], ^[[JOIN:bb[0-9]+]](%x : !uop.object), ^bb1
# CHECK:         uop.load_const <oparg = 255>{{$}}
# CHECK:         %[[C:value[_0-9]*]] = uop.load_const <oparg = 256>{{$}}
# The BINARY_OP after it has no prefix: its own offset.
# CHECK-NEXT:    %[[FSB:fs[0-9]+]] = uop.frame_state at [[OFF:[0-9]+]] locals(%x) stack(%{{res[_0-9]*}}, %[[C]])
# CHECK-NEXT:    uop.guard_both_int %{{res[_0-9]*}}, %[[C]] frame %[[FSB]]
# CHECK:         uop.load_const <oparg = 299>{{$}}
# CHECK:         %[[SUM:res[_0-9]*]] = uop.binary_op_add_int
# x = ... replaces the argument x: a uop.store_fast escape.
# CHECK-NEXT:    %[[FSS:fs[0-9]+]] = uop.frame_state at 1892 locals(%x) stack(%[[SUM]])
# CHECK-NEXT:    uop.store_fast %[[SUM]] <oparg = 0> frame %[[FSS]]
# CHECK-NEXT:    cf.br ^[[JOIN]](%[[SUM]] : !uop.object)
# CHECK:       ^[[JOIN]](%[[X:[0-9]+]]: !uop.object):
# CHECK-NEXT:    uop.frame_state at 1896 locals(%[[X]]) stack(%[[X]])
# CHECK-NEXT:    uop.return_value %[[X]]


def far(x):
    if x:
        x = (x +
            1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 +
            21 + 22 + 23 + 24 + 25 + 26 + 27 + 28 + 29 + 30 + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39 + 40 +
            41 + 42 + 43 + 44 + 45 + 46 + 47 + 48 + 49 + 50 + 51 + 52 + 53 + 54 + 55 + 56 + 57 + 58 + 59 + 60 +
            61 + 62 + 63 + 64 + 65 + 66 + 67 + 68 + 69 + 70 + 71 + 72 + 73 + 74 + 75 + 76 + 77 + 78 + 79 + 80 +
            81 + 82 + 83 + 84 + 85 + 86 + 87 + 88 + 89 + 90 + 91 + 92 + 93 + 94 + 95 + 96 + 97 + 98 + 99 + 100 +
            101 + 102 + 103 + 104 + 105 + 106 + 107 + 108 + 109 + 110 + 111 + 112 + 113 + 114 + 115 + 116 + 117 + 118 + 119 + 120 +
            121 + 122 + 123 + 124 + 125 + 126 + 127 + 128 + 129 + 130 + 131 + 132 + 133 + 134 + 135 + 136 + 137 + 138 + 139 + 140 +
            141 + 142 + 143 + 144 + 145 + 146 + 147 + 148 + 149 + 150 + 151 + 152 + 153 + 154 + 155 + 156 + 157 + 158 + 159 + 160 +
            161 + 162 + 163 + 164 + 165 + 166 + 167 + 168 + 169 + 170 + 171 + 172 + 173 + 174 + 175 + 176 + 177 + 178 + 179 + 180 +
            181 + 182 + 183 + 184 + 185 + 186 + 187 + 188 + 189 + 190 + 191 + 192 + 193 + 194 + 195 + 196 + 197 + 198 + 199 + 200 +
            201 + 202 + 203 + 204 + 205 + 206 + 207 + 208 + 209 + 210 + 211 + 212 + 213 + 214 + 215 + 216 + 217 + 218 + 219 + 220 +
            221 + 222 + 223 + 224 + 225 + 226 + 227 + 228 + 229 + 230 + 231 + 232 + 233 + 234 + 235 + 236 + 237 + 238 + 239 + 240 +
            241 + 242 + 243 + 244 + 245 + 246 + 247 + 248 + 249 + 250 + 251 + 252 + 253 + 254 + 255 + 256 + 257 + 258 + 259 + 260 +
            261 + 262 + 263 + 264 + 265 + 266 + 267 + 268 + 269 + 270 + 271 + 272 + 273 + 274 + 275 + 276 + 277 + 278 + 279 + 280 +
            281 + 282 + 283 + 284 + 285 + 286 + 287 + 288 + 289 + 290 + 291 + 292 + 293 + 294 + 295 + 296 + 297 + 298 + 299)
    return x


for _ in range(60):
    far(1)
    far(0)
