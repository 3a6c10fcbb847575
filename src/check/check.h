// check.h — `taipan check [FILES or DIRS]`: the static type checker's entry
// point (it reads source and stubs, runs nothing).
#pragma once

namespace taipan::check {

// argv holds the arguments after "check". Returns the exit status: 0 no
// errors, 1 errors found, 2 usage error or a file that does not parse.
int check_main(int argc, char** argv);

}  // namespace taipan::check
