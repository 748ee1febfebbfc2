# JSON text: string quoting shared by every writer of JSON (the tool's
# `dump --json' and `explain --json', the testsuite's results).

namespace eval ::cdl::json {}

# TEXT as a JSON string literal, quotes included.
proc ::cdl::json::string {text} {
    set map [list \\ \\\\ \" \\\" \n \\n \r \\r \t \\t]
    set text [::string map $map $text]
    # Remaining control characters as \u escapes.
    while {[regexp -indices {[\x00-\x1f]} $text where]} {
        set at [lindex $where 0]
        scan [::string index $text $at] %c code
        set text [::string replace $text $at $at [format \\u%04x $code]]
    }
    return "\"$text\""
}
