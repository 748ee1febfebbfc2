# JSON for the benchmark results: nested dicts written out as objects,
# and read back. Tcl values carry no type, so the writer is told which
# values are text, by their dotted paths (glob patterns such as
# "clock.source" or "not_measured.*"); every other leaf is a number.

namespace eval ::json {}

# VALUE as JSON text. A dict value is an object; the values whose path
# matches one of TEXT_PATHS are strings; other leaves are numbers.
proc ::json::encode {value text_paths {path ""} {indent ""}} {
    if {[dict size $value] == 0} {
        return "{}"
    }
    set inner "$indent  "
    set members {}
    dict for {key item} $value {
        set here [string trimleft $path.$key .]
        if {[Matches $here $text_paths]} {
            set text [String $item]
        } elseif {[string is double -strict $item]} {
            set text [Number $item]
        } else {
            set text [encode $item $text_paths $here $inner]
        }
        lappend members "$inner[String $key]: $text"
    }
    return "\{\n[join $members ",\n"]\n$indent\}"
}

proc ::json::Matches {path patterns} {
    foreach pattern $patterns {
        if {[string match $pattern $path]} {
            return 1
        }
    }
    return 0
}

proc ::json::Number {value} {
    if {[string is entier -strict $value]} {
        return $value
    }
    return [format %.2f $value]
}

proc ::json::String {text} {
    set escaped [string map {\\ \\\\ \" \\\" \n \\n \r \\r \t \\t} $text]
    return "\"$escaped\""
}

# The value of the JSON TEXT: objects become dicts, arrays lists, strings
# and numbers themselves, true/false 1/0 and null the empty string.
proc ::json::decode {text} {
    set position 0
    set value [Value $text position]
    Space $text position
    if {$position != [string length $text]} {
        error "JSON: unexpected text at offset $position"
    }
    return $value
}

proc ::json::Space {text positionVar} {
    upvar 1 $positionVar position
    while {[string is space -strict [string index $text $position]]} {
        incr position
    }
}

proc ::json::Value {text positionVar} {
    upvar 1 $positionVar position
    Space $text position
    switch -- [string index $text $position] {
        "\{" { return [Object $text position] }
        "\[" { return [Array $text position] }
        "\"" { return [StringValue $text position] }
    }
    set rest [string range $text $position end]
    if {[regexp {\A-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?} $rest number]} {
        incr position [string length $number]
        return $number
    }
    foreach {word value} {true 1 false 0 null ""} {
        if {[string equal -length [string length $word] $word $rest]} {
            incr position [string length $word]
            return $value
        }
    }
    error "JSON: unexpected text at offset $position"
}

proc ::json::Expect {text positionVar char} {
    upvar 1 $positionVar position
    Space $text position
    if {[string index $text $position] ne $char} {
        error "JSON: expected '$char' at offset $position"
    }
    incr position
}

# After an opening bracket: true when the matching CLOSE follows.
proc ::json::Closes {text positionVar close} {
    upvar 1 $positionVar position
    Space $text position
    if {[string index $text $position] eq $close} {
        incr position
        return 1
    }
    return 0
}

proc ::json::Object {text positionVar} {
    upvar 1 $positionVar position
    Expect $text position "\{"
    set result [dict create]
    if {[Closes $text position "\}"]} {
        return $result
    }
    while 1 {
        Space $text position
        set key [StringValue $text position]
        Expect $text position :
        dict set result $key [Value $text position]
        if {[Closes $text position "\}"]} {
            return $result
        }
        Expect $text position ,
    }
}

proc ::json::Array {text positionVar} {
    upvar 1 $positionVar position
    Expect $text position "\["
    set result {}
    if {[Closes $text position "\]"]} {
        return $result
    }
    while 1 {
        lappend result [Value $text position]
        if {[Closes $text position "\]"]} {
            return $result
        }
        Expect $text position ,
    }
}

proc ::json::StringValue {text positionVar} {
    upvar 1 $positionVar position
    Expect $text position "\""
    set rest [string range $text $position end]
    if {![regexp {\A((?:[^"\\]|\\.)*)"} $rest whole body]} {
        error "JSON: unterminated string at offset $position"
    }
    incr position [string length $whole]
    return [subst -nocommands -novariables $body]
}
