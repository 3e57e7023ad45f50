/*===- Support.h - helpers the uop bodies share -------------------------===*
 *
 * CPython 3.11 keeps some of what ceval.c uses static or hidden (not
 * exported by /usr/bin/python3.11); the bodies need the same behaviour, so
 * it is written again here from the semantics, one file per area.
 *
 *===----------------------------------------------------------------------===*/
#ifndef UOPJIT_RUNTIME_SUPPORT_H
#define UOPJIT_RUNTIME_SUPPORT_H

#include "support/ArithBuild.h"
#include "support/AttrCache.h"
#include "support/AttrCall.h"
#include "support/Frames.h"

#endif
