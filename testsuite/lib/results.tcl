# Writing a testsuite run's results for other tools: JUnit XML (CI
# servers) and JSON. A run is a list of dicts, one per configuration run:
#   name target configuration tests
# where tests is a list of dicts with keys
#   name package verdict (pass/fail/skip) reason seconds log

if {[info commands ::cdl::json::string] eq ""} {
    source [file join [file dirname [file dirname [file dirname [file normalize [info script]]]]] \
                tools configtool lib json.tcl]
}

namespace eval ::results {}

proc ::results::Count {tests verdict} {
    set n 0
    foreach t $tests {
        if {[dict get $t verdict] eq $verdict} {
            incr n
        }
    }
    return $n
}

proc ::results::Seconds {tests} {
    set sum 0.0
    foreach t $tests {
        set sum [expr {$sum + [dict get $t seconds]}]
    }
    return [format %.2f $sum]
}

proc ::results::Xml {text} {
    # Control characters other than tab and newline are not allowed in
    # XML 1.0 at all, so test output that holds them is made printable.
    regsub -all {[\x00-\x08\x0b\x0c\x0e-\x1f]} $text ? text
    return [string map {& &amp; < &lt; > &gt; \" &quot; ' &apos;} $text]
}

# The last COUNT lines of FILE, or "" when it cannot be read.
proc ::results::Tail {file count} {
    if {$file eq "" || [catch {open $file} fd]} {
        return ""
    }
    fconfigure $fd -translation binary
    set lines [split [string trimright [read $fd]] \n]
    close $fd
    return [join [lrange $lines end-[expr {$count - 1}] end] \n]
}

proc ::results::junit {file runs} {
    set all {}
    foreach run $runs {
        lappend all {*}[dict get $run tests]
    }
    set out "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    append out [format {<testsuites name="cygnet" tests="%d" failures="%d" skipped="%d" time="%s">} \
                    [llength $all] [Count $all fail] [Count $all skip] [Seconds $all]] \n
    foreach run $runs {
        set tests [dict get $run tests]
        set suite [dict get $run prefix]
        append out [format {  <testsuite name="%s" tests="%d" failures="%d" errors="0" skipped="%d" time="%s">} \
                        [Xml $suite] [llength $tests] [Count $tests fail] \
                        [Count $tests skip] [Seconds $tests]] \n
        append out "    <properties>\n"
        foreach key {target configuration} {
            append out [format {      <property name="%s" value="%s"/>} \
                            $key [Xml [dict get $run $key]]] \n
        }
        append out "    </properties>\n"
        foreach t $tests {
            append out [format {    <testcase classname="%s" name="%s" time="%s">} \
                            [Xml $suite.[dict get $t package]] \
                            [Xml [dict get $t name]] \
                            [format %.2f [dict get $t seconds]]]
            switch -- [dict get $t verdict] {
                fail {
                    append out "\n" [format {      <failure message="%s">} \
                                         [Xml [dict get $t reason]]]
                    append out [Xml [Tail [dict get $t log] 40]] "</failure>\n    "
                }
                skip {
                    append out "\n" [format {      <skipped message="%s"/>} \
                                         [Xml [dict get $t reason]]] "\n    "
                }
            }
            append out "</testcase>\n"
        }
        append out "  </testsuite>\n"
    }
    append out "</testsuites>\n"
    Write $file $out
}

proc ::results::Json {text} {
    return [::cdl::json::string $text]
}

proc ::results::json {file runs} {
    set all {}
    foreach run $runs {
        lappend all {*}[dict get $run tests]
    }
    set out "\{\n"
    append out [format {  "totals": {"passed": %d, "failed": %d, "skipped": %d},} \
                    [Count $all pass] [Count $all fail] [Count $all skip]] \n
    append out "  \"runs\": \["
    set runsep "\n"
    foreach run $runs {
        append out $runsep "    \{"
        foreach key {name target configuration} {
            append out "[Json $key]: [Json [dict get $run $key]], "
        }
        append out "\"tests\": \["
        set sep "\n"
        foreach t [dict get $run tests] {
            append out $sep "      \{"
            foreach key {name package verdict reason} {
                append out "[Json $key]: [Json [dict get $t $key]], "
            }
            append out "\"seconds\": [format %.2f [dict get $t seconds]]\}"
            set sep ",\n"
        }
        append out "\n    \]\}"
        set runsep ",\n"
    }
    append out "\n  \]\n\}\n"
    Write $file $out
}

proc ::results::Write {file text} {
    file mkdir [file dirname $file]
    set fd [open $file.tmp w]
    fconfigure $fd -encoding utf-8
    puts -nonewline $fd $text
    close $fd
    file rename -force $file.tmp $file
}
