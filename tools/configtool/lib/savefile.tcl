# Savefiles (repository.md §4): reading ecos.ecc, imported fragments and
# templates into the configuration, and writing the full (ecos.ecc) and
# minimal (export) forms.  Templates (§3.3) are applied here too, since a
# template is a savefile.
#
# A savefile is a Tcl script.  It runs in a safe child interpreter in
# which every ordinary command is hidden; each command name is routed to
# Dispatch, which accepts a name only where it is meaningful (cdl_option
# at the top level, user_value inside a node body, ...).  The script is
# split into commands here, not by the child, so that each diagnostic can
# name the line of the offending command and one bad command does not stop
# the rest of the file from being read.
#
# The written text is a function of the configuration only (no dates, no
# paths), so saving, loading and saving again gives the same bytes.
namespace eval ::cdl::savefile {
    namespace export read write write_minimal quote apply_template

    # The commands every reader knows and their sub-commands, in the
    # order the header of a savefile declares them.
    variable builtin {
        cdl_savefile_version {}
        cdl_savefile_command {}
        cdl_configuration {description hardware template package}
        cdl_package {value_source user_value wizard_value inferred_value}
        cdl_component {value_source user_value wizard_value inferred_value}
        cdl_option {value_source user_value wizard_value inferred_value}
        cdl_interface {value_source user_value wizard_value inferred_value}
    }
    variable node_commands {cdl_package cdl_component cdl_option cdl_interface}

    variable child ""

    # Reading state.  MODE is the evaluation context: top, configuration
    # or node (a node body, for NODE read through command COMMAND).
    variable file ""
    variable line 0
    variable text ""
    variable errors 0
    variable mode top
    variable node ""
    variable command ""

    # While writing: the unsupported commands kept per node (see Kept).
    variable kept {}
    # While writing the full form: the nodes with unmet requirements (see
    # UnmetRequires), the comment line giving the value of each name
    # referred to (see RefLine) and the value sources by default value
    # (see ModifiableText): most are met many times.
    variable unmet {}
    variable lines
    variable sources
    # Property name -> its name in savefiles (see ReferrersText).
    variable propnames
    array set propnames $::cdl::load::propname_of
}

# ---------------------------------------------------------------------------
# Quoting (§4.4)

# STRING as a savefile word: as is when Tcl reads it back unchanged,
# otherwise in double quotes.  Braces are not escaped (eCos does not),
# except when they do not pair up: the word usually sits inside a braced
# node body, whose end Tcl would then no longer find.
proc ::cdl::savefile::quote {string} {
    if {$string eq ""} { return {""} }
    if {![regexp {[\s{}\\$"\[\];#]} $string]} { return $string }
    set map {\\ \\\\ $ \\$ \" \\\" [ \\[ ] \\]}
    if {![BracesPair $string]} { lappend map \{ \\\{ \} \\\} }
    set q "\"[string map $map $string]\""
    # A multi-line string starts in column 0 of the next line.
    if {[string first \n $string] >= 0} { return "\\\n$q" }
    return $q
}

proc ::cdl::savefile::BracesPair {string} {
    set braces [regsub -all {[^{}]+} $string ""]
    while {[string first "{}" $braces] >= 0} {
        set braces [string map {"{}" ""} $braces]
    }
    expr {$braces eq ""}
}

proc ::cdl::savefile::QuoteWords {words} {
    join [lmap w $words {quote $w}] " "
}

# ---------------------------------------------------------------------------
# Reading (§4.1-§4.3)

# Evaluates savefile FILE into the configuration.  MODE `load' starts from
# an empty configuration; `import' adds to the current one.
proc ::cdl::savefile::read {file {mode load}} {
    variable errors 0
    if {$mode eq "load"} {
        ::cdl::model::reset
    } elseif {$mode ne "import"} {
        return -code error "bad mode \"$mode\": must be load or import"
    }
    try {
        ReadScript $file
    } finally {
        EndReading
    }
    if {$errors > 0} {
        set s [expr {$errors == 1 ? "" : "s"}]
        return -code error -errorcode {CDL SAVEFILE} \
            "Invalid savefile \"$file\".\n$errors error$s occurred while reading in the savefile data."
    }
    return
}

proc ::cdl::savefile::ReadScript {path} {
    variable file $path
    variable line 0
    variable text ""
    if {[catch {::cdl::diag::read_file $path} script]} {
        # No command to point at: the context is the file name alone.
        Diag $path error "couldn't read file \"$path\": $script"
        return
    }
    foreach {line text} [Commands $script 1] {
        Evaluate $text
    }
}

proc ::cdl::savefile::EndReading {} {
    variable mode top
    variable node ""
    variable command ""
}

# Splits SCRIPT into its commands: a flat list LINE TEXT ... where LINE is
# the line the command starts on, counting SCRIPT's first line as FIRST.
# Comments and blank lines are dropped; several commands on one line
# (separated by `;') stay together, Tcl runs them in turn.  A full
# savefile is mostly comments, so only lines that are not comments are
# looked at as places where a command may start or end.
proc ::cdl::savefile::Commands {script first} {
    set lines [split $script \n]
    set result {}
    set start -1
    foreach i [lsearch -all -regexp $lines {^\s*[^\s#]}] {
        if {$start < 0} {
            if {[string index [lindex $lines $i-1] end] eq "\\"
                    && [ContinuesComment $lines $i]} {
                continue
            }
            set start $i
        }
        set l [lindex $lines $i]
        if {[string index $l end] eq "\\" && [EndsEscaped $l]} { continue }
        if {$start == $i} {
            set text $l
        } else {
            set text [join [lrange $lines $start $i] \n]
        }
        if {[info complete $text]} {
            lappend result [expr {$first + $start}] $text
            set start -1
        }
    }
    # An unterminated last command is passed on: evaluating it gives the
    # Tcl parser's own message (e.g. "missing close-brace").
    if {$start >= 0} {
        lappend result [expr {$first + $start}] [join [lrange $lines $start end] \n]
    }
    return $result
}

# Whether line I belongs to a comment continued by backslash-newlines.
proc ::cdl::savefile::ContinuesComment {lines i} {
    for {set j [expr {$i - 1}]} {$j >= 0 && [EndsEscaped [lindex $lines $j]]} {incr j -1} {
        if {[regexp {^[ \t]*#} [lindex $lines $j]]} { return 1 }
    }
    return 0
}

proc ::cdl::savefile::EndsEscaped {l} {
    expr {[regexp {(\\+)$} $l -> bs] && [string length $bs] % 2}
}

# BODY, the last word of the command TEXT starting on line FIRST, as it
# is written in TEXT, and the line it starts on: {LINE RAW}.  Tcl has
# replaced any backslash-newline of a braced body by a space, which would
# shift the lines of the body's commands; Tcl evaluates the written form
# the same way.  Bodies found in no other form count from FIRST.
proc ::cdl::savefile::RawBody {first text body} {
    set t [string trimright $text " \t\n;"]
    if {[string index $t end] ni {\} \"}} { return [list $first $body] }
    set start [expr {[string length $t] - 1 - [string length $body]}]
    if {$start > 0 && [string range $t $start end-1] eq $body} {
        return [list [expr {$first + [Newlines [string range $t 0 $start-1]]}] $body]
    }
    if {[string first \\\n $t] >= 0} {
        foreach at [lsearch -all [split $t ""] \{] {
            set raw [string range $t $at+1 end-1]
            if {[regsub -all {\\\n[ \t]*} $raw " "] eq $body} {
                return [list [expr {$first + [Newlines [string range $t 0 $at]]}] $raw]
            }
        }
    }
    return [list $first $body]
}

proc ::cdl::savefile::Newlines {s} {
    expr {[string length $s] - [string length [string map {\n {}} $s]]}
}

# Runs one command in the child; a Tcl error (bad syntax, an unknown
# variable) is an error diagnostic for its line.  Errors raised by the
# handlers on purpose (a package that cannot be loaded) propagate.
proc ::cdl::savefile::Evaluate {script} {
    set words [Words $script]
    if {[llength $words]} {
        # As Dispatch would.
        variable mode
        set failed [catch {In_$mode {*}$words} msg opts]
    } else {
        set failed [catch {interp eval [Child] $script} msg opts]
    }
    if {$failed} {
        if {[lindex [dict get $opts -errorcode] 0] eq "CDL"} {
            return -options [dict remove $opts -errorinfo] $msg
        }
        Error $msg
    }
}

# The savefile commands, as Dispatch receives them from the child.
variable ::cdl::savefile::known {
    cdl_savefile_version cdl_savefile_command cdl_configuration cdl_package
    cdl_component cdl_option cdl_interface description hardware template
    package user_value wizard_value inferred_value value_source
}

# The words of SCRIPT when it is a single command of a known name that
# Tcl would read without any substitution, so that it can go to Dispatch
# without the child parsing it; else an empty list.  Two forms qualify:
# plain or double-quoted words (`user_value 1 ;', `description "x" ;'),
# and plain words followed by a braced body (`cdl_option NAME {...};')
# with no backslash-newline in it (the one substitution Tcl makes inside
# braces).  For these a Tcl list has the same words as the command, and
# trailing semicolons only add empty commands.  Anything else is left to
# the child.
proc ::cdl::savefile::Words {script} {
    variable known
    set t [string trimright $script " \t;"]
    set open [string first "\{" $t]
    if {$open < 0} {
        # Quoted words read alike, but a list is not split at newlines.
        if {[regexp {[\}\\$\[\];\n]} $t] || [catch {lindex $t 0} name] || $name ni $known} {
            return {}
        }
        return [lrange $t 0 end]
    }
    set head [string range $t 0 $open-1]
    if {[string index $t end] ne "\}" || [regexp {[\{\}"\\$\[\];\n]} $head]
            || [string first "\\\n" $t] >= 0 || [catch {llength $t} count]
            || $count != [llength $head] + 1 || [lindex $t 0] ni $known} {
        return {}
    }
    return $t
}

# Evaluates BODY (of the command being read) in evaluation context MODE.
# Most bodies in a full savefile hold nothing but comments.
proc ::cdl::savefile::EvaluateBody {body bodymode bodynode bodycommand} {
    if {![regexp -line {^\s*[^\s#]} $body]} { return }
    variable mode
    variable node
    variable command
    variable line
    variable text
    set saved [list $mode $node $command $line $text]
    set mode $bodymode
    set node $bodynode
    set command $bodycommand
    lassign [RawBody $line $text $body] first body
    try {
        foreach {line text} [Commands $body $first] {
            Evaluate $text
        }
    } finally {
        lassign $saved mode node command line text
    }
}

proc ::cdl::savefile::Child {} {
    variable child
    if {$child ne "" && [interp exists $child]} { return $child }
    set interp [interp create -safe]
    foreach cmd [interp eval $interp {info commands}] {
        interp hide $interp $cmd
    }
    # Namespaced commands cannot be hidden; nothing here needs them.
    interp invokehidden $interp namespace delete ::oo ::zlib ::tcl
    interp alias $interp unknown {} ::cdl::savefile::Dispatch
    set child $interp
}

# Every command of a savefile arrives here and goes to the handler of
# the current evaluation context.
proc ::cdl::savefile::Dispatch {name args} {
    variable mode
    tailcall In_$mode $name {*}$args
}

proc ::cdl::savefile::In_top {name args} {
    variable node_commands
    switch -- $name {
        cdl_savefile_version { tailcall VersionCommand {*}$args }
        cdl_savefile_command { tailcall DeclareCommand {*}$args }
        cdl_configuration { tailcall ConfigurationCommand {*}$args }
    }
    if {$name in $node_commands} {
        tailcall NodeCommand $name {*}$args
    }
    if {![IsDeclared $name]} {
        tailcall Error "Unknown command `$name'."
    }
    set list [::cdl::model::get unsupported_toplevel]
    lappend list [QuoteWords [list $name {*}$args]]
    ::cdl::model::set_config unsupported_toplevel $list
    return
}

proc ::cdl::savefile::In_configuration {name args} {
    switch -- $name {
        description - hardware - template {
            tailcall ConfigurationString $name {*}$args
        }
        package { tailcall PackageLine {*}$args }
    }
    if {![IsDeclared cdl_configuration $name]} {
        tailcall Error "Unknown command `$name'."
    }
    tailcall KeepUnsupported <configuration> $name {*}$args
}

proc ::cdl::savefile::In_node {name args} {
    variable node
    variable command
    switch -- $name {
        user_value { tailcall ValueCommand user {*}$args }
        wizard_value { tailcall ValueCommand wizard {*}$args }
        inferred_value { tailcall ValueCommand inferred {*}$args }
        value_source { tailcall SourceCommand {*}$args }
    }
    if {![IsDeclared $command $name]} {
        tailcall Error "Unknown command `$name'."
    }
    tailcall KeepUnsupported $node $name {*}$args
}

# Whether COMMAND (or sub-command SUB of COMMAND) was declared unsupported
# by a cdl_savefile_command.
proc ::cdl::savefile::IsDeclared {cmd {sub ""}} {
    set declared [::cdl::model::get unsupported_commands]
    if {![dict exists $declared $cmd]} { return 0 }
    expr {$sub eq "" || $sub in [dict get $declared $cmd]}
}

# Invocations of declared but unsupported sub-commands are kept per node,
# so that they survive a save: NAME -> list of re-quoted command texts;
# the configuration's own body uses the key <configuration>.  They live in
# the model's configuration, so that resetting the model forgets them
# along with everything else.
proc ::cdl::savefile::Kept {} {
    set kept [::cdl::model::get unsupported_nodes]
    return $kept
}

proc ::cdl::savefile::KeepUnsupported {key args} {
    set kept [Kept]
    dict lappend kept $key [QuoteWords $args]
    ::cdl::model::set_config unsupported_nodes $kept
    return
}

# Diagnostics: context FILE:LINE of the command being read.
proc ::cdl::savefile::Error {message} {
    variable file
    variable line
    Diag $file:$line error $message
}

proc ::cdl::savefile::Warning {message} {
    variable file
    variable line
    Diag $file:$line warning $message
}

proc ::cdl::savefile::Diag {context class message} {
    variable errors
    if {$class eq "error"} { incr errors }
    ::cdl::diag::report $context "" "" $class $message
}

# --- header commands

proc ::cdl::savefile::VersionCommand {args} {
    switch -- [llength $args] {
        0 {
            Warning "Expecting one argument to cdl_savefile_version"
            return
        }
        1 {}
        default {
            Warning "Unexpected number of arguments to cdl_savefile_version\nThere should be exactly one argument, the savefile format version number."
        }
    }
    set version [lindex $args 0]
    if {![string is integer -strict $version]} {
        Error "Invalid version number `$version' for cdl_savefile_version"
    }
    return
}

# cdl_savefile_command NAME {SUB ...}: names and sub-commands the reader
# does not know are remembered, accepted from now on, and declared again
# in every later save.
proc ::cdl::savefile::DeclareCommand {args} {
    variable builtin
    if {[llength $args] == 0} {
        Error "Expecting at least one argument to cdl_savefile_command"
        return
    }
    set name [lindex $args 0]
    set subs {}
    if {[llength $args] == 1} {
        Warning "Missing subcommand list for `cdl_command $name'."
    } elseif {[catch {llength [lindex $args 1]}]} {
        Error "Invalid subcommand list for `cdl_command $name'."
        return
    } else {
        set subs [lindex $args 1]
    }
    set known {}
    if {[dict exists $builtin $name]} {
        set known [dict get $builtin $name]
    }
    set declared [::cdl::model::get unsupported_commands]
    set new {}
    if {[dict exists $declared $name]} {
        set new [dict get $declared $name]
    }
    foreach sub $subs {
        if {$sub ni $known && $sub ni $new} { lappend new $sub }
    }
    if {[llength $new] || ![dict exists $builtin $name]} {
        dict set declared $name $new
        ::cdl::model::set_config unsupported_commands $declared
    }
    return
}

# --- cdl_configuration

proc ::cdl::savefile::ConfigurationCommand {args} {
    lassign [Flags $args {}] flags args
    if {[llength $args] != 2} {
        Error "Invalid cdl_configuration command in savefile, expecting two arguments."
        return
    }
    lassign $args name body
    ::cdl::model::set_config name $name
    ::cdl::prefill::start [PackagesAhead $body]
    EvaluateBody $body configuration "" cdl_configuration
    return
}

# The packages the package lines of BODY name, {NAME VERSION ...}, at
# the versions LoadPackage will choose, read ahead so that their CDL can
# be read in parallel (see prefill.tcl).  Lines that are not plain
# package lines are left to their evaluation, which reports them.
proc ::cdl::savefile::PackagesAhead {body} {
    set packages {}
    foreach {- text} [Commands $body 1] {
        set words [Words $text]
        if {[lindex $words 0] ne "package"} { continue }
        lassign [lsearch -all -inline -not -glob [lrange $words 1 end] -*] name version
        if {![::cdl::db::has_package $name]} { continue }
        set versions [::cdl::db::package $name versions]
        if {$version ni $versions} { set version [lindex $versions 0] }
        lappend packages $name $version
    }
    return $packages
}

proc ::cdl::savefile::ConfigurationString {key args} {
    if {[llength $args] != 1} {
        Warning "Ignoring invalid configuration $key command, expecting a single argument."
        return
    }
    ::cdl::model::set_config $key [lindex $args 0]
    return
}

# Leading -NAME options (cdl.md §3) among the flags ALLOWED, which may be
# abbreviated; `--' ends them.  Returns {flags remaining-arguments}.
proc ::cdl::savefile::Flags {argv allowed} {
    set flags {}
    while {[llength $argv] && [string match -* [lindex $argv 0]]} {
        set a [lindex $argv 0]
        set argv [lrange $argv 1 end]
        if {$a eq "--"} { break }
        # The name after the dashes, up to any `='.
        set word [string trimleft $a -]
        if {[set eq [string first = $word]] >= 0} { set word [string range $word 0 $eq-1] }
        set matches [lsearch -all -inline -glob $allowed $word*]
        if {$word in $allowed} { set matches [list $word] }
        if {$word eq "" || [llength $matches] != 1} {
            Warning "Invalid option `$word'."
            continue
        }
        lappend flags [lindex $matches 0]
    }
    list $flags $argv
}

# package [-template] [-hardware] NAME [VERSION]
proc ::cdl::savefile::PackageLine {args} {
    lassign [Flags $args {template hardware}] flags args
    if {[llength $args] ni {1 2}} {
        Error "Invalid cdl_configuration/package command, expecting name and version"
        return
    }
    lassign $args name version
    if {[::cdl::model::exists $name]} {
        if {[::cdl::model::kind $name] ne "package"} {
            Error "Unable to load package `$name', the name is already in use."
            return
        }
        set loaded [::cdl::model::package_version $name]
        if {$version ne "" && $version ne $loaded} {
            Warning "Cannot load version `$version' of package `$name', version `$loaded' is already loaded."
        }
    } elseif {![LoadPackage $name $version]} {
        return
    }
    foreach flag $flags {
        ::cdl::model::add_package_flag $name $flag
    }
    return
}

# Loads package NAME for a package line, at VERSION if it is available,
# else at the newest version.  Returns 0 when NAME is not a package.
proc ::cdl::savefile::LoadPackage {name version} {
    if {![::cdl::db::has_package $name]} {
        Error "Attempt to load an unknown package `$name'."
        return 0
    }
    set versions [::cdl::db::package $name versions]
    if {$version eq ""} {
        set version [lindex $versions 0]
    } elseif {$version ni $versions} {
        Warning "The savefile specifies version `$version' for package `$name'\nThis version is not available.\nUsing the most recent version instead."
        set version [lindex $versions 0]
    }
    ::cdl::load::package $name $version
    return 1
}

# --- cdl_package, cdl_component, cdl_option, cdl_interface

proc ::cdl::savefile::NodeCommand {cmd args} {
    set kind [string range $cmd 4 end]
    if {[llength $args] != 2} {
        Error "Invalid $cmd command in savefile, expecting two arguments."
        return
    }
    lassign $args name body
    if {![::cdl::model::exists $name]} {
        Error [UnknownNodeMessage $kind $name]
        return
    }
    EvaluateBody $body node $name $cmd
    return
}

# The lookup is by name only, so the message follows the command used.
proc ::cdl::savefile::UnknownNodeMessage {kind name} {
    switch -- $kind {
        package { return "The savefile contains a cdl_package command for `$name' which has not been loaded." }
        component { return "The savefile contains a cdl_component command for an unknown component `$name'" }
        option { return "The savefile contains a cdl_option for an unknown option `$name'" }
        interface { return "The savefile contains a cdl_interface command for an unknown interface `$name'." }
    }
}

# user_value / wizard_value / inferred_value, by the node's flavor.
proc ::cdl::savefile::ValueCommand {src args} {
    variable node
    set flavor [::cdl::model::flavor $node]
    set problem [ValueProblem $node $flavor $args]
    if {$problem ne ""} {
        Error "Invalid value command for [::cdl::model::class $node] $node\n$problem"
        return
    }
    switch -- $flavor {
        bool {
            ::cdl::model::set_value $node $src [Boolean [lindex $args 0]] ""
        }
        booldata {
            ::cdl::model::set_value $node $src [Boolean [lindex $args 0]] [lindex $args 1]
        }
        data {
            ::cdl::model::set_value $node $src 1 [lindex $args 0]
        }
    }
    return
}

# What is wrong with a value command for NAME with arguments ARGV, or "".
# While a savefile is read a package counts as modifiable (§4.2 note).
proc ::cdl::savefile::ValueProblem {name flavor argv} {
    if {$flavor eq "none"} {
        return "Options with flavor \"none\" cannot be modified."
    }
    if {[::cdl::model::kind $name] ne "package" && ![::cdl::model::is_modifiable $name]} {
        return "This option is not user-modifiable."
    }
    switch -- $flavor {
        bool {
            if {[llength $argv] != 1 || [Boolean [lindex $argv 0]] eq ""} {
                return "Invalid boolean value, expecting 0 or 1"
            }
        }
        booldata {
            if {[llength $argv] != 2} {
                return "Invalid booldata value, expecting a boolean followed by a string"
            }
            if {[Boolean [lindex $argv 0]] eq ""} {
                return "Invalid boolean value, expecting 0 or 1"
            }
        }
        data {
            if {[llength $argv] != 1} {
                return "Invalid data value, expecting a single string"
            }
        }
    }
    return ""
}

# 1 or 0 for the boolean spellings a savefile may use, else "".
proc ::cdl::savefile::Boolean {word} {
    switch -- $word {
        1 - true - True - TRUE { return 1 }
        0 - false - False - FALSE { return 0 }
    }
    return ""
}

proc ::cdl::savefile::SourceCommand {args} {
    variable node
    set src ""
    if {[llength $args] == 1} {
        set word [string tolower [lindex $args 0]]
        set matches [lsearch -all -inline -glob {user wizard inferred default} $word*]
        if {$word ne "" && [llength $matches] == 1} {
            set src [lindex $matches 0]
        }
    }
    set head "Invalid value_source command for [::cdl::model::class $node] $node"
    if {$src eq ""} {
        Error "$head\nExpecting one argument, which should \"user\", \"wizard\", \"inferred\" or \"default\""
        return
    }
    if {![::cdl::model::has_source $node $src]} {
        Error "$head\nThe specified value source is not valid."
        return
    }
    ::cdl::model::force_source $node $src
    return
}

# ---------------------------------------------------------------------------
# Templates (§3.3)

# Makes template NAME (VERSION, "" = newest) the configuration's template:
# the packages the previous template brought in go, the new template's
# packages and values come in.
proc ::cdl::savefile::apply_template {name version} {
    set path [TemplatePath $name $version]
    set remembered {}
    foreach key {name description hardware} {
        lappend remembered $key [::cdl::model::get $key]
    }
    foreach pkg [lreverse [::cdl::model::packages]] {
        if {"template" in [::cdl::model::package_flags $pkg]} {
            Unload $pkg
        }
    }
    set before [::cdl::model::packages]
    read $path import
    foreach {key value} $remembered {
        ::cdl::model::set_config $key $value
    }
    ::cdl::model::set_config template $name
    foreach pkg [::cdl::model::packages] {
        if {$pkg ni $before} {
            ::cdl::model::add_package_flag $pkg template
        }
    }
    return
}

# The file of template NAME at VERSION ("" = newest).
proc ::cdl::savefile::TemplatePath {name version} {
    if {![::cdl::db::has_template $name]} {
        TemplateError "Unknown template $name"
    }
    set path [::cdl::db::template_file $name $version]
    if {[file isfile $path]} { return $path }
    if {$version eq ""} {
        TemplateError "There is no template file corresponding to $name"
    }
    # Sic: the eCos message has "temmplate".
    TemplateError "There is no temmplate file corresponding to version $version of $name"
}

proc ::cdl::savefile::TemplateError {message} {
    return -level 2 -code error -errorcode {CDL TEMPLATE} $message
}

# Removes a package together with the unsupported data of its nodes.
proc ::cdl::savefile::Unload {pkg} {
    set kept [Kept]
    if {[dict size $kept]} {
        ::cdl::model::set_config unsupported_nodes \
            [dict remove $kept {*}[::cdl::model::owned $pkg]]
    }
    ::cdl::model::remove_package $pkg
}

# ---------------------------------------------------------------------------
# Writing

# Writes the full savefile (§4.5) to FILE.
proc ::cdl::savefile::write {file} {
    WriteFile $file [FullText]
}

# Writes the minimal savefile (§4.6, `ecosconfig export') to FILE.
proc ::cdl::savefile::write_minimal {file} {
    WriteFile $file [MinimalText]
}

# Writes through a temporary file in the same directory, renamed over
# FILE only once complete, so a failure leaves the old FILE intact.
proc ::cdl::savefile::WriteFile {file data} {
    # A directory would receive the temporary file instead of being
    # replaced by it.
    if {[file isdirectory $file]} {
        return -code error -errorcode {CDL SAVEFILE} \
            "couldn't open \"$file\": illegal operation on a directory"
    }
    set tmp [file join [file dirname $file] .[file tail $file].[pid].tmp]
    try {
        set chan [open $tmp w]
    } trap {POSIX} {msg opts} {
        return -code error -errorcode {CDL SAVEFILE} \
            "couldn't open \"$file\": [lindex [dict get $opts -errorcode] 2]"
    }
    try {
        # A full savefile runs to megabytes: fewer, larger writes.
        fconfigure $chan -translation lf -buffersize 1048576
        puts -nonewline $chan $data
        close $chan
        file rename -force $tmp $file
    } on error {msg opts} {
        catch {close $chan}
        file delete -force $tmp
        if {[lindex [dict get $opts -errorcode] 0] eq "POSIX"} {
            set msg "error writing \"$file\": [lindex [dict get $opts -errorcode] 2]"
        }
        return -code error -errorcode {CDL SAVEFILE} $msg
    }
    return
}

proc ::cdl::savefile::FullText {} {
    PruneUnsupported
    set out "# eCos saved configuration\n\n"
    append out [Separator commands]
    append out "# This section contains information about the savefile format.\n"
    append out "# It should not be edited. Any modifications made to this section\n"
    append out "# may make it impossible for the configuration tools to read\n"
    append out "# the savefile.\n\n"
    append out [HeaderText] "\n"
    append out [Separator toplevel]
    append out "# This section defines the toplevel configuration object. The only\n"
    append out "# values that can be changed are the name of the configuration and\n"
    append out "# the description field. It is not possible to modify the target,\n"
    append out "# the template or the set of packages simply by editing the lines\n"
    append out "# below because these changes have wide-ranging effects. Instead\n"
    append out "# the appropriate tools should be used to make such modifications.\n\n"
    append out [ToplevelText 0] "\n"
    append out [Separator conflicts]
    append out [ConflictsText] "\n"
    append out [Separator contents]
    set parts [list $out]
    ::cdl::model::Fresh
    if {[llength $::cdl::model::Children(<top>)]} {
        # What the previous write kept may no longer hold.
        variable unmet [UnmetRequires]
        variable lines; variable sources
        array unset lines
        array unset sources
        FullBlocks <top> parts
    }
    lappend parts "\n" [UnsupportedToplevelText]
    join $parts ""
}

proc ::cdl::savefile::MinimalText {} {
    PruneUnsupported
    set out [HeaderText]
    append out "\n" [ToplevelText 1] "\n"
    set parts [list $out]
    foreach n [Order] {
        set block [MinimalBlock $n]
        if {$block ne ""} { lappend parts $block }
    }
    lappend parts "\n" [UnsupportedToplevelText]
    join $parts ""
}

# Takes the unsupported data to write, leaving out nodes that are no
# longer loaded.
proc ::cdl::savefile::PruneUnsupported {} {
    variable kept [dict filter [Kept] script {key -} {
        expr {$key eq "<configuration>" || [::cdl::model::exists $key]}
    }]
}

# `# ---- NAME ' padded with dashes to 72 columns.
proc ::cdl::savefile::Separator {name} {
    set s "# ---- $name "
    append s [string repeat - [expr {72 - [string length $s]}]] \n
}

# cdl_savefile_version and the cdl_savefile_command declarations, with
# the unsupported sub-commands and commands met while reading.
proc ::cdl::savefile::HeaderText {} {
    variable builtin
    set declared [::cdl::model::get unsupported_commands]
    set out "cdl_savefile_version 1;\n"
    dict for {cmd subs} $builtin {
        if {[dict exists $declared $cmd]} {
            lappend subs {*}[dict get $declared $cmd]
        }
        append out "cdl_savefile_command $cmd [SubList $subs];\n"
    }
    dict for {cmd subs} $declared {
        if {![dict exists $builtin $cmd]} {
            append out "cdl_savefile_command $cmd [SubList $subs];\n"
        }
    }
    return $out
}

proc ::cdl::savefile::SubList {subs} {
    if {![llength $subs]} { return "{}" }
    return "{ [join $subs " "] }"
}

proc ::cdl::savefile::ToplevelText {minimal} {
    set out "cdl_configuration [quote [::cdl::model::get name]] {\n"
    append out "    description [quote [::cdl::model::get description]] ;\n"
    if {!$minimal} {
        append out "\n    # These fields should not be modified.\n"
    }
    foreach key {hardware template} {
        set value [::cdl::model::get $key]
        if {$value ne ""} {
            append out "    [format %-11s $key] [quote $value] ;\n"
        }
    }
    foreach pkg [::cdl::model::packages] {
        append out "    package "
        foreach flag {template hardware} {
            if {$flag in [::cdl::model::package_flags $pkg]} {
                append out "-$flag "
            }
        }
        append out "[quote $pkg] [quote [::cdl::model::package_version $pkg]] ;\n"
    }
    append out [UnsupportedText <configuration>]
    append out "};\n"
}

# The unsupported commands kept for KEY, as the last lines of its body.
proc ::cdl::savefile::UnsupportedText {key} {
    variable kept
    if {![dict exists $kept $key]} { return "" }
    set out "\n"
    foreach cmd [dict get $kept $key] {
        append out "    $cmd ;\n"
    }
    return $out
}

proc ::cdl::savefile::UnsupportedToplevelText {} {
    set out ""
    foreach cmd [::cdl::model::get unsupported_toplevel] {
        append out "$cmd ;\n"
    }
    return $out
}

proc ::cdl::savefile::ConflictsText {} {
    set conflicts [::cdl::conflicts::all]
    if {![llength $conflicts]} {
        return "# There are no conflicts.\n"
    }
    # Sic: eCos says "conflicts" even for one.
    set out "# There are [llength $conflicts] conflicts.\n"
    foreach c $conflicts {
        set n [dict get $c node]
        append out "#\n# [::cdl::model::class $n] $n\n"
        append out "#   Property [dict get $c prop]\n"
        foreach l [split [dict get $c text] \n] {
            append out "#   $l\n"
        }
    }
    append out "\n"
}

# The nodes in the order the minimal form writes their blocks: depth
# first.  (The full form walks the hierarchy itself, see FullBlocks.)
proc ::cdl::savefile::Order {} {
    ::cdl::model::Fresh
    set order {}
    OrderBelow <top> order
    return $order
}

# Only containers with children are descended into: most nodes are
# leaves, and a call per node would cost more than the walk itself.
proc ::cdl::savefile::OrderBelow {container orderVar} {
    upvar 1 $orderVar order
    namespace upvar ::cdl::model Children Children
    foreach c $Children($container) {
        if {$c ne "<orphans>"} { lappend order $c }
        if {[llength $Children($c)]} { OrderBelow $c order }
    }
}

# --- minimal form

proc ::cdl::savefile::MinimalBlock {n} {
    variable kept
    set body ""
    if {[::cdl::model::is_modifiable $n]} {
        set present [PresentSources $n]
        if {[llength $present]} {
            append body [SourceLines $n [::cdl::model::flavor $n] $present]
            if {[::cdl::model::source $n] ne [lindex $present 0]} {
                append body "    value_source [::cdl::model::source $n]\n"
            }
        }
    }
    if {$body eq "" && ![dict exists $kept $n]} { return "" }
    return "cdl_[::cdl::model::kind $n] $n {\n$body[UnsupportedText $n]};\n\n"
}

# The non-default sources N holds, highest first.
proc ::cdl::savefile::PresentSources {n} {
    set present {}
    foreach src {user wizard inferred} {
        if {[::cdl::model::has_source $n $src]} { lappend present $src }
    }
    return $present
}

proc ::cdl::savefile::SourceLines {n flavor sources} {
    set out ""
    foreach src $sources {
        append out "    ${src}_value [ValueText $flavor [::cdl::model::source_value $n $src]]\n"
    }
    return $out
}

# A value {enabled data} as written for FLAVOR (§4.4).
proc ::cdl::savefile::ValueText {flavor value} {
    lassign $value enabled data
    switch -- $flavor {
        bool { return [expr {$enabled ? 1 : 0}] }
        booldata { return "[expr {$enabled ? 1 : 0}] [quote $data]" }
        data { return [quote $data] }
    }
    return ""
}

# --- full form
#
# A full savefile describes every node, so the blocks are written by one
# loop reading the model's arrays directly; the procs below it each cover
# a part of a block that most nodes do not have.

# Appends to the list PARTSVAR the blocks of the nodes below CONTAINER,
# depth first; the children of a container are bracketed by the lines
# `# >' and `# <'.  Most of the time goes into looking names up in the
# model's large arrays, so lookups that cannot succeed are avoided where
# the model allows it: only packages and components contain nodes.
proc ::cdl::savefile::FullBlocks {container partsVar} {
    upvar 1 $partsVar parts
    namespace upvar ::cdl::model Kind Kind Flavor Flavor Children Children \
        P_display P_display P_doc P_doc P_description P_description \
        P_active_if P_active_if P_calculated P_calculated \
        P_legal_values P_legal_values P_check_proc P_check_proc \
        P_requires P_requires Active Active Value Value referrers R
    variable kept
    variable unmet
    lappend parts "# >\n"
    foreach n $Children($container) {
        if {$n eq "<orphans>"} {
            if {[llength $Children($n)]} { FullBlocks $n parts }
            continue
        }
        set kind $Kind($n)
        set flavor $Flavor($n)
        # The display string, doc and description as comments, then `#'.
        set out ""
        if {[info exists P_display($n)] && [set t $P_display($n)] ne ""} {
            if {[string first \n $t] < 0} {
                append out "# $t\n"
            } else {
                append out [Comment "" "" $t]
            }
        }
        if {[info exists P_doc($n)] && $P_doc($n) ne ""} {
            append out [Comment "" "doc: " $P_doc($n)]
        }
        if {[info exists P_description($n)] && [set t $P_description($n)] ne ""} {
            # One line that starts with text is its own description line.
            if {[string first \n $t] < 0 && [regexp {^\S} $t]} {
                append out "# $t\n"
            } else {
                append out "# [join [DescriptionLines $t] "\n# "]\n"
            }
        }
        append out "#\ncdl_$kind $n {\n"
        if {$kind eq "package"} {
            append out "    # Packages cannot be added or removed, nor can their version be changed,\n"
            append out "    # simply by editing their value. Instead the appropriate configuration\n"
            append out "    # should be used to perform these actions.\n\n"
        } elseif {$kind eq "interface"} {
            append out [ImplementorsText $n]
        }
        # The value part (§4.5): activity and active_if conditions first.
        set active [expr {[info exists Active($n)] ? $Active($n) : [::cdl::model::is_active $n]}]
        set activity [expr {!$active}]
        if {$activity} { append out [InactiveText $n] }
        if {[info exists P_active_if($n)]} {
            # An active node's conditions hold, by definition.  As for the
            # activity itself, a goal that cannot be evaluated holds.
            set holds [expr {$active ? 1 : ""}]
            foreach occ $P_active_if($n) {
                append out [GoalText "ActiveIf constraint: " $occ 1 $holds]
            }
            set activity 1
        }
        if {$activity} { append out "\n" }
        if {$flavor eq "none"} {
            append out "    # There is no associated value.\n"
        } elseif {[info exists P_calculated($n)]} {
            set occ $P_calculated($n)
            append out [Comment "    " "Calculated value: " [dict get $occ text]]
            append out [RefLines [dict get $occ refs]]
            append out "    # Flavor: $flavor\n" [CurrentValueText $n $flavor]
        } elseif {$kind eq "option" || $kind eq "component"} {
            append out [ModifiableText $n $flavor]
        } else {
            append out "    # This value cannot be modified here.\n    # Flavor: $flavor\n"
            append out [CurrentValueText $n $flavor]
        }
        if {[info exists P_legal_values($n)]} {
            append out [LegalValuesText $P_legal_values($n)]
        }
        if {[info exists P_check_proc($n)]} {
            append out "    # There is a check_proc routine that will check the value.\n"
        }
        if {[info exists P_requires($n)]} {
            # The conflicts name every active and enabled node with a
            # requirement that does not hold.
            set holds ""
            if {$active && ![dict exists $unmet $n] && ($flavor eq "none" || $flavor eq "data"
                    || [lindex [expr {[info exists Value($n)] ? $Value($n) : [::cdl::model::value $n]}] 0])} {
                set holds 1
            }
            foreach occ $P_requires($n) {
                append out [GoalText "Requires: " $occ 0 $holds]
            }
        }
        if {[info exists R($n)]} { append out [ReferrersText $R($n)] }
        if {[dict exists $kept $n]} { append out [UnsupportedText $n] }
        append out "};\n\n"
        lappend parts $out
        if {($kind eq "package" || $kind eq "component") && [llength $Children($n)]} {
            FullBlocks $n parts
        }
    }
    lappend parts "# <\n"
}

# The nodes with a requires conflict: a requirement that does not hold
# or cannot be evaluated.
proc ::cdl::savefile::UnmetRequires {} {
    set unmet [dict create]
    foreach c [::cdl::conflicts::all] {
        if {[dict get $c prop] eq "Requires"} { dict set unmet [dict get $c node] 1 }
    }
    return $unmet
}

# The value part of a modifiable node: its sources, then its default
# value, with the expression that gives it when it depends on other nodes.
# Setting a value records its source, so a node without a source holds no
# value of its own: then the text depends only on its flavor and default
# value, and most defaults recur.
proc ::cdl::savefile::ModifiableText {n flavor} {
    namespace upvar ::cdl::model P_default_value P_default_value V V \
        Default Default
    variable sources
    set value [expr {[info exists Default($n)] ? $Default($n) : [::cdl::model::default_value $n]}]
    if {[info exists V($n,source)]} {
        lassign [SourcesText $n $flavor $value] out default line
    } else {
        set key "$flavor $value"
        if {![info exists sources($key)]} {
            set sources($key) [SourcesText "" $flavor $value]
        }
        lassign $sources($key) out default line
    }
    if {![info exists P_default_value($n)]
            || [dict get [set occ $P_default_value($n)] refs] eq ""} {
        append out $line
    } else {
        append out [Comment "    " "Default value: " [dict get $occ text]]
        append out [RefLines [dict get $occ refs]]
        append out [Comment "    " "  --> " $default]
    }
}

# The lines from the flavor to the value source of node N, whose default
# value is VALUE (N empty for a node holding no value), the default value
# as written, and its `Default value' line: {LINES DEFAULT LINE}.
proc ::cdl::savefile::SourcesText {n flavor value} {
    namespace upvar ::cdl::model V V
    set out "    # Flavor: $flavor\n"
    set default [ValueText $flavor $value]
    if {[info exists V($n,user)]} {
        append out "    user_value [ValueText $flavor $V($n,user)]\n"
        set first user
    } else {
        append out "    # No user value, uncomment the following line to provide one.\n"
        if {[string first \n $default] < 0} {
            append out "    # user_value $default\n"
        } else {
            append out [Comment "    " "user_value " $default]
        }
        set first default
    }
    if {[info exists V($n,wizard)] || [info exists V($n,inferred)]} {
        append out [OtherSources $n $flavor first]
    }
    set src [expr {[info exists V($n,source)] ? $V($n,source) : "default"}]
    if {$src eq $first} {
        append out "    # value_source $src\n"
    } else {
        append out "    value_source $src\n"
    }
    list $out $default [Comment "    " "Default value: " $default]
}

# The wizard and inferred values of N; FIRSTVAR names the highest source
# present so far.
proc ::cdl::savefile::OtherSources {n flavor firstVar} {
    upvar 1 $firstVar first
    namespace upvar ::cdl::model V V
    set out ""
    if {[info exists V($n,wizard)]} {
        append out "    # The wizard value should not be edited directly.\n"
        append out "    # Instead the wizard should be run again if necessary.\n"
        append out "    wizard_value [ValueText $flavor $V($n,wizard)]\n"
        if {$first eq "default"} { set first wizard }
    }
    if {[info exists V($n,inferred)]} {
        append out "    # The inferred value should not be edited directly.\n"
        append out "    inferred_value [ValueText $flavor $V($n,inferred)]\n"
        if {$first eq "default"} { set first inferred }
    }
    return $out
}

# The value of a node that cannot be modified.
proc ::cdl::savefile::CurrentValueText {n flavor} {
    set label [expr {$flavor eq "data" ? "Current_value" : "Current value"}]
    Comment "    " "$label: " [ValueText $flavor [::cdl::model::value $n]]
}

# The description as eCos writes it: each line starts at its first
# non-blank character, so blank lines vanish (the skip runs on over the
# newline), a leading newline (`description "\n    text"') gives no empty
# line, and only text ending in blanks after its last newline gives a
# final empty line.
proc ::cdl::savefile::DescriptionLines {text} {
    if {$text eq ""} { return {} }
    set lines [regexp -all -inline {\S[^\n]*} $text]
    if {![llength $lines]} { return [list ""] }
    set tail [string range $text [string length [string trimright $text]] end]
    set nl [string first \n $tail]
    if {$nl >= 0 && $nl < [string length $tail] - 1} { lappend lines "" }
    return $lines
}

# A comment line INDENT# PREFIXTEXT; further lines of a multi-line TEXT
# continue as INDENT#     LINE so that they stay comments.
proc ::cdl::savefile::Comment {indent prefix text} {
    if {[string first \n $text] < 0} { return "$indent# $prefix$text\n" }
    set lines [split $text \n]
    set out "$indent# $prefix[lindex $lines 0]\n"
    foreach l [lrange $lines 1 end] {
        append out "$indent#     $l\n"
    }
    return $out
}

proc ::cdl::savefile::ImplementorsText {n} {
    set impls [::cdl::model::implementors $n]
    if {![llength $impls]} {
        # Sic: "inferface", as eCos writes it.
        return "    # No options implement this inferface\n"
    }
    set out ""
    foreach impl $impls {
        set active [expr {[::cdl::model::is_active $impl] ? "active" : "inactive"}]
        set enabled [expr {[::cdl::model::is_enabled $impl] ? "enabled" : "disabled"}]
        append out "    # Implemented by $impl, $active, $enabled\n"
    }
    return $out
}

# Why the inactive node N is inactive.
proc ::cdl::savefile::InactiveText {n} {
    set out "    # This option is not active\n"
    set p [::cdl::model::parent $n]
    if {$p ni {<top> <orphans>}} {
        if {![::cdl::model::is_active $p]} {
            append out "    # The parent $p is not active\n"
        }
        if {![::cdl::model::is_enabled $p]} {
            append out "    # The parent $p is disabled\n"
        }
    }
    return $out
}

# The comment line giving the value a reference to NAME has; kept while
# writing in `lines'.
proc ::cdl::savefile::RefLine {name} {
    namespace upvar ::cdl::model Kind Kind RefValue RefValue
    variable lines
    if {![info exists Kind($name)]} {
        return [set lines($name) "    #     $name (unknown) == 0\n"]
    }
    set v [expr {[info exists RefValue($name)] ? $RefValue($name) : [::cdl::model::ref_value $name]}]
    if {$v ne "" && ![regexp {[\s{}\\$"\[\];#]} $v]} {
        return [set lines($name) "    #     $name == $v\n"]
    }
    set lines($name) [Comment "    " "    " "$name == [quote $v]"]
}

# One line per referenced name with the value the reference has.
proc ::cdl::savefile::RefLines {refs} {
    variable lines
    set out ""
    foreach r $refs {
        append out [expr {[info exists lines($r)] ? $lines($r) : [RefLine $r]}]
    }
    return $out
}

proc ::cdl::savefile::LegalValuesText {occ} {
    set out [Comment "    " "Legal values: " [dict get $occ text]]
    if {[dict get $occ refs] eq ""} { return $out }
    foreach item [dict get $occ items] {
        foreach ast [lrange $item 1 end] {
            append out [RefLines [::cdl::expr::refs $ast]]
        }
    }
    return $out
}

# A goal's comment lines: its text, the values it reads and its truth:
# HOLDS when the caller knows it, else evaluated (FALLBACK when it cannot
# be).
proc ::cdl::savefile::GoalText {label occ fallback holds} {
    set out [Comment "    " $label [dict get $occ text]]
    append out [RefLines [dict get $occ refs]]
    if {$holds eq ""} {
        try {
            set holds [::cdl::expr::truth [::cdl::model::evaluate $occ]]
        } trap {CDL EVAL} {} {
            set holds $fallback
        }
    }
    append out "    #   --> $holds\n"
}

# The properties of other nodes whose value depends on a node (its
# REFERRERS), in the order the referring nodes were created and, within
# a node, in source order.
proc ::cdl::savefile::ReferrersText {referrers} {
    namespace upvar ::cdl::model Kind Kind
    variable propnames
    set out "\n    # The following properties are affected by this value\n"
    if {[llength $referrers] > 1} { set referrers [SortReferrers $referrers] }
    foreach r $referrers {
        lassign $r who prop text
        # A node's class is its kind.
        append out "    # $Kind($who) $who\n" \
            [Comment "    " "    $propnames($prop): " $text]
    }
    return $out
}

# The model lists referrers node by node, property kind by kind; within a
# node eCos lists them in the order the properties appear in the CDL.
proc ::cdl::savefile::SortReferrers {referrers} {
    # Only a node referring more than once needs sorting.
    set who [lsearch -all -inline -index 0 -subindices $referrers *]
    if {[llength [lsort -unique $who]] == [llength $referrers]} { return $referrers }
    set group [dict create]
    set keyed {}
    foreach r $referrers {
        lassign $r who prop text
        if {![dict exists $group $who]} { dict set group $who [dict size $group] }
        lappend keyed [list [dict get $group $who] [PropLine $who $prop $text] $r]
    }
    # lsort is stable: by line, then by node.
    lmap k [lsort -integer -index 0 [lsort -integer -index 1 $keyed]] {lindex $k 2}
}

# The CDL line of property PROP of node WHO whose expression is TEXT.
proc ::cdl::savefile::PropLine {who prop text} {
    upvar #0 ::cdl::model::P_$prop values
    set occs $values($who)
    if {$prop ni {active_if requires}} { set occs [list $occs] }
    foreach occ $occs {
        if {[dict get $occ text] eq $text} { return [dict get $occ line] }
    }
    return 0
}
