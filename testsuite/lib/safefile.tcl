# The testsuite's own files (permutations, quarantine) are Tcl-shaped
# lists of words: each is evaluated in a safe interpreter that knows only
# the words of its format, so a typo is an error naming the file rather
# than something executed.

namespace eval ::safefile {}

# Evaluate FILE in a fresh safe interpreter, after calling the command
# prefix SETUP with the interpreter to give it its words. Any error is
# raised with the error code CODE and a message that names FILE (errors
# already raised with CODE are expected to name it themselves).
proc ::safefile::evaluate {file code setup} {
    set fd [open $file]
    set text [read $fd]
    close $fd
    set interp [interp create -safe]
    try {
        {*}$setup $interp
        $interp eval $text
    } trap $code {msg} {
        error $msg {} $code
    } on error {msg} {
        error "$file: $msg" {} $code
    } finally {
        interp delete $interp
    }
}
