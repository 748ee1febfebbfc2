# Loading CDL scripts.  Every package script runs in one safe child
# interpreter in which the cdl_* commands and the properties are aliases
# into this namespace, so a script can use ordinary Tcl (if, set, string
# match, $tcl_platform) but cannot reach the file system.  Scripts are
# split into commands here, not by Tcl, so that every diagnostic can name
# the file and line it comes from.
namespace eval ::cdl::load {
    variable interp ""
    # Whether the CDL commands exist in it yet.
    variable aliased 0
    # Stack of contexts; each is a dict: node kind container file fullfile
    # (kind "top" for a script's top level).  The line being evaluated is
    # kept apart, in `line'; `base' is the line the script being
    # evaluated starts on.
    variable ctx {}
    variable line 0
    variable base 1
    variable errors 0
    variable package ""
    variable pkgdir ""

    variable entity_commands {cdl_package cdl_component cdl_option cdl_interface cdl_dialog cdl_wizard}

    # Property name -> {handler applicability multiplicity options}.
    # Applicability letters: P package, C component, O option, I interface.
    variable properties {
        display        {String  PCOI 1 {}}
        description    {String  PCOI 1 {}}
        doc            {String  PCOI 1 {}}
        flavor         {Flavor  COI  1 {}}
        default_value  {Expr    CO   1 {}}
        calculated     {Expr    CO   1 {}}
        legal_values   {List    COI  1 {}}
        requires       {Goal    PCOI * {}}
        active_if      {Goal    PCOI * {}}
        implements     {Name    PCOI * {}}
        parent         {Parent  PCOI 1 {}}
        define         {Define  PCOI * {file format}}
        define_format  {String  PCOI 1 {}}
        no_define      {Flag    PCOI 1 {}}
        define_proc    {Code    PCOI * {}}
        if_define      {IfDefine PCOI * {file}}
        define_header  {String  P    1 {}}
        include_dir    {String  P    1 {}}
        include_files  {Files   P    * {}}
        library        {String  P    1 {}}
        makefile       {String  P    1 {}}
        hardware       {Flag    P    1 {}}
        compile        {Compile PCOI * {library}}
        object         {Compile PCOI * {library}}
        make_object    {Rule    PCOI * {library priority}}
        make           {Rule    PCOI * {priority}}
        build_proc     {Code    PCOI * {}}
        script         {String  C    1 {}}
        check_proc     {Code    CO   1 {}}
        entry_proc     {Code    CO   1 {}}
        group          {Ignore  PCOI * {}}
        dialog         {Ignore  PCOI * {}}
        wizard         {Ignore  PCOI * {}}
        license_proc   {Code    P    1 {}}
        install_proc   {Code    P    1 {}}
    }
    variable propname_of {
        active_if ActiveIf calculated Calculated default_value DefaultValue
        legal_values LegalValues requires Requires implements Implements
        parent Parent compile Compile define Define define_format DefineFormat
        define_header DefineHeader define_proc DefineProc if_define IfDefine
        no_define NoDefine description Description display Display doc Doc
        flavor Flavor hardware Hardware include_dir IncludeDir
        include_files IncludeFiles library Library make Make
        make_object MakeObject makefile Makefile object Object script Script
        build_proc BuildProc check_proc CheckProc entry_proc EntryProc
        dialog Dialog wizard Wizard group Group license_proc LicenseProc
        install_proc InstallProc
    }
}

# The interpreter scripts are loaded in, with the CDL commands.
proc ::cdl::load::Interp {} {
    variable aliased
    set i [interp]
    if {$aliased} { return $i }
    variable entity_commands; variable properties
    foreach cmd $entity_commands {
        ::interp alias $i $cmd {} ::cdl::load::Entity $cmd
    }
    dict for {prop spec} $properties {
        ::interp alias $i $prop {} ::cdl::load::Property $prop {*}$spec
    }
    ::interp alias $i unknown {} ::cdl::load::Unknown
    ::interp alias $i ::cdl_plain_tcl {} ::cdl::load::PlainTcl
    foreach cmd [::interp eval $i {info commands}] {
        if {$cmd in {eval info trace unknown ::cdl_plain_tcl} || $cmd in $entity_commands
                || [dict exists $properties $cmd]} {
            continue
        }
        ::interp eval $i [list trace add execution $cmd enter ::cdl_plain_tcl]
    }
    ::interp eval $i [list trace add execution trace enter ::cdl_plain_tcl]
    set aliased 1
    return $i
}

# The same interpreter for define_proc code.  Outside loading the CDL
# commands do not exist, so they are added only when a script is loaded.
proc ::cdl::load::interp {} {
    variable interp
    if {$interp ne "" && [::interp exists $interp]} { return $interp }
    variable aliased 0
    set interp [::interp create -safe]
    # Scripts choose defaults from the host; a safe interpreter hides these.
    foreach key {os machine osVersion} {
        if {[info exists ::tcl_platform($key)]} {
            ::interp eval $interp [list set tcl_platform($key) $::tcl_platform($key)]
        }
    }
    return $interp
}

# Loads package PKG at VERSION into the model.  On any CDL error the
# package is removed again and the load fails with eCos's message.
proc ::cdl::load::package {pkg version} {
    set file [::cdl::db::script_path $pkg $version]
    if {![::cdl::cache::restore $pkg $version $file]} {
        ReadPackage $pkg $version $file
    }
}

# Loads package PKG at VERSION from its CDL script FILE.
proc ::cdl::load::ReadPackage {pkg version file} {
    variable ctx; variable errors; variable package; variable pkgdir
    variable files_read; variable cacheable
    set files_read [list $file]
    set cacheable 1
    set diagnostics [expr {[::cdl::diag::errors] + [::cdl::diag::warnings]}]
    set pkgdir [::cdl::db::package_dir $pkg $version]
    variable repo [::cdl::db::package_repo $pkg $version]
    set package $pkg
    set errors 0
    set ctx [list [dict create node $pkg kind top container $pkg file [RelPath $repo $file] \
        line 0 seen_package 0 fullfile $file]]
    ::cdl::model::add_package $pkg $version
    try {
        ::cdl::model::add_node $pkg package <top> $pkg [RelPath $repo $file] 1
        ::cdl::model::init_package_value $pkg
        if {[catch {::cdl::diag::read_file $file} script]} {
            Report error "couldn't read file \"$file\": $script"
        } else {
            EvalScript $script 1
            if {![dict get [lindex $ctx 0] seen_package]} {
                Report error "Incorrect package name in CDL script.\nThis package is `$pkg'\nThe CDL script `$file' does not define it."
            }
        }
    } on error {msg opts} {
        ::cdl::model::remove_package $pkg
        return -options $opts $msg
    } finally {
        set ctx {}
    }
    if {$errors > 0} {
        ::cdl::model::remove_package $pkg
        set s [expr {$errors == 1 ? "" : "s"}]
        return -code error -errorcode {CDL LOAD} \
            "Package $pkg, $errors error$s occurred while reading in the CDL data."
    }
    ::cdl::model::loaded
    if {$cacheable && $diagnostics == [::cdl::diag::errors] + [::cdl::diag::warnings]} {
        ::cdl::cache::store $pkg $version $file $files_read
    }
}

proc ::cdl::load::RelPath {repo file} {
    set repo [string trimright $repo /]
    if {[string first $repo/ $file] == 0} {
        return [string range $file [string length $repo]+1 end]
    }
    return $file
}

# Splits SCRIPT into complete commands, returning {line text line text ...}.
# An incomplete last command is reported at the line where it starts.
# Lines inside a nested braced word (a component's body, say) are skipped
# by jumping from one line holding a brace to the next, so that a large
# body costs little at each level of nesting; `info complete` confirms
# every command.  When braces inside strings mislead the count, the rest
# of the script is split again line by line.
proc ::cdl::load::Commands {script firstline} {
    set lines [split $script \n]
    set n [llength $lines]
    set braces [lsearch -all -regexp $lines {[\{\}]}]
    set nb [llength $braces]
    set b 0
    set result {}
    set i 0
    while {$i < $n} {
        set l [lindex $lines $i]
        if {[string trim $l] eq ""} { incr i; continue }
        set start $i
        set depth 0
        while 1 {
            while {$b < $nb && [lindex $braces $b] < $i} { incr b }
            if {$b < $nb && [lindex $braces $b] == $i} {
                set l [lindex $lines $i]
                incr depth [expr {[string length [string map {\} {}} $l]]
                                  - [string length [string map {\{ {}} $l]]}]
                incr b
            }
            if {$depth <= 0} {
                set text [join [lrange $lines $start $i] \n]
                if {[info complete $text]} {
                    lappend result [expr {$firstline + $start}] $text
                    break
                }
                incr i
            } elseif {$b < $nb} {
                set i [lindex $braces $b]
            } else {
                set i $n
            }
            if {$i >= $n} {
                set rest [join [lrange $lines $start end] \n]
                if {$depth > 0 && [info complete $rest]} {
                    return [concat $result [CommandsSlowly $rest [expr {$firstline + $start}]]]
                }
                lappend result [expr {$firstline + $start}] [list ::cdl::incomplete]
                return $result
            }
        }
        incr i
    }
    return $result
}

proc ::cdl::load::CommandsSlowly {script firstline} {
    set result {}
    set acc ""
    set line $firstline
    foreach l [split $script \n] {
        if {$acc eq ""} {
            if {[string is space $l]} { incr line; continue }
            set start $line
            set acc $l
        } else {
            append acc \n $l
        }
        incr line
        if {[info complete $acc]} {
            lappend result $start $acc
            set acc ""
        }
    }
    if {$acc ne ""} { lappend result $start [list ::cdl::incomplete] }
    return $result
}

# Evaluates SCRIPT, whose first line is line FIRSTLINE of its file, in
# the current context.  The whole script is one `eval' in the child, so
# Tcl parses it once, and each CDL command finds its own line through
# `info frame' (see Here).  An error stops that eval; the commands after
# the failing one are then run one at a time, as Commands splits them,
# so that every error of a script is reported.
proc ::cdl::load::EvalScript {script firstline} {
    variable base
    set saved $base
    set base $firstline
    try {
        if {[catch {::interp eval [Interp] [list eval $script]} msg opts]} {
            Recover $script $firstline $msg $opts
        }
    } finally {
        set base $saved
    }
}

# Sets `line' to the line of the CDL command being run: its line within
# the script being evaluated, which Tcl tracks, counted from `base'.
# (A command that a script builds at run time and passes to eval counts
# from that eval instead; CDL scripts have no reason to do that.)
proc ::cdl::load::Here {} {
    variable base; variable line; variable interp
    set frame [::interp eval $interp {info frame -1}]
    if {[dict exists $frame line]} {
        set line [expr {$base + [dict get $frame line] - 1}]
    }
}

# The line of the property being run, found only when first needed: a
# property command leaves `line' empty.
proc ::cdl::load::Line {} {
    variable line
    if {$line eq ""} { Here }
    return $line
}

# After an error that stopped the evaluation of SCRIPT: reports it unless
# it has been reported already, and runs the commands after the failing
# one.  The failing command is the one around the line that the outermost
# `("eval" body line N)' of the error trace names.
proc ::cdl::load::Recover {script firstline msg opts} {
    variable line
    set failed 1
    foreach {- n} [regexp -all -inline {\("eval" body line (\d+)\)} [dict get $opts -errorinfo]] {
        set failed $n
    }
    set failed [expr {$firstline + $failed - 1}]
    set commands [Commands $script $firstline]
    set next 0
    foreach {l cmd} $commands {
        if {$l > $failed} { break }
        incr next 2
    }
    if {$next == 0} {
        # No command starts before the failure: run them all.
        RunCommands $commands
        return
    }
    if {[lrange [dict get $opts -errorcode] 0 1] ne {CDL REPORTED}} {
        set line [lindex $commands $next-2]
        ReportTclError [lindex $commands $next-1] $msg
    }
    RunCommands [lrange $commands $next end]
}

proc ::cdl::load::ReportTclError {cmd msg} {
    if {$cmd eq "::cdl::incomplete"} {
        Report error "Incomplete Tcl command: missing close-brace or quote."
    } else {
        Report error [lindex [split $msg \n] 0]
    }
}

# Runs COMMANDS, a list {line text line text ...}, one at a time.
proc ::cdl::load::RunCommands {commands} {
    variable line; variable base
    set i [Interp]
    foreach {l cmd} $commands {
        set line $l
        if {$cmd eq "::cdl::incomplete"} {
            ReportTclError $cmd ""
            continue
        }
        set base $l
        if {[catch {::interp eval $i [list eval $cmd]} msg opts]} {
            if {[lrange [dict get $opts -errorcode] 0 1] eq {CDL REPORTED}} { continue }
            set line $l
            ReportTclError $cmd $msg
        }
    }
}

# Called, through an execution trace, by every Tcl command of the child
# other than the CDL commands, `eval' and `info' (which have no effects
# of their own).  Plain Tcl may have effects that a cached load would not
# repeat, so a package whose script runs it is not cached.
proc ::cdl::load::PlainTcl {args} {
    variable ctx
    if {[llength $ctx]} { variable cacheable 0 }
}

proc ::cdl::load::Context {} {
    variable ctx
    lindex $ctx end
}

# Reports a diagnostic at the current file and line, naming the entity
# being defined.
proc ::cdl::load::Report {class msg} {
    variable errors
    set c [Context]
    set where "[dict get $c file]:[Line]"
    set node ""
    if {[dict get $c kind] ni {top}} {
        set node "[dict get $c kind] [dict get $c node]"
    }
    ::cdl::diag::report $where $node "" $class $msg
    if {$class eq "error"} { incr errors }
}

proc ::cdl::load::Fail {msg} {
    Report error $msg
    return -code error -errorcode {CDL REPORTED} $msg
}

proc ::cdl::load::Unknown {args} {
    variable ctx
    if {[llength $ctx] == 0} { NotLoading [lindex $args 0] }
    Here
    Fail "Unknown command `[lindex $args 0]'."
}

# ------------------------------------------------------------ entities

proc ::cdl::load::Entity {cmd args} {
    variable ctx; variable package
    if {[llength $ctx] == 0} { NotLoading $cmd }
    Here
    set c [Context]
    set kind [string range $cmd 4 end]
    if {[llength $args] != 2} {
        Fail "Incorrect number of arguments to `$cmd'\nExpecting name and properties list."
    }
    lassign $args name body
    if {$kind in {dialog wizard}} { return }
    if {[dict get $c kind] in {option interface}} {
        Fail "An $cmd cannot be defined inside the body of [dict get $c kind] `[dict get $c node]'."
    }
    if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $name]} {
        Fail "Invalid name `$name' for $cmd: names must be valid C identifiers."
    }
    if {$kind eq "package"} {
        return [PackageEntity $name $body]
    }
    if {[::cdl::model::exists $name]} {
        set class [string totitle $kind]
        Fail "$class `$name' cannot be loaded.\nThe name is already in use."
    }
    if {[info complete $body] == 0} {
        Fail "Invalid property list for $cmd `$name'."
    }
    set container [dict get $c container]
    variable line
    ::cdl::model::add_node $name $kind $container $package [dict get $c file] $line
    Body $name $kind $body
    if {$kind eq "component" && [::cdl::model::has $name script]} {
        IncludeScript $name [::cdl::model::prop $name script]
    }
}

proc ::cdl::load::PackageEntity {name body} {
    variable ctx; variable package
    set top [lindex $ctx 0]
    if {[dict get [Context] kind] ne "top"} {
        Fail "A cdl_package can only be defined at the top level of a CDL script."
    }
    if {$name ne $package} {
        Fail "Incorrect package name in CDL script.\nThis package is `$package'\nThe CDL script `[dict get $top fullfile]' defines a package `$name'."
    }
    if {[dict get $top seen_package]} {
        Fail "The CDL script defines package `$name' more than once."
    }
    lset ctx 0 [dict replace $top seen_package 1]
    Body $name package $body
}

# Evaluates an entity body with the entity as the current context.
proc ::cdl::load::Body {name kind body} {
    variable ctx; variable line
    set c [Context]
    set container [expr {$kind in {package component} ? $name : [dict get $c container]}]
    lappend ctx [dict create node $name kind $kind container $container \
        file [dict get $c file] fullfile [dict get $c fullfile]]
    set saved $line
    try {
        # A body starts on the line of its command (after the brace).
        EvalScript $body $line
        set line $saved
        CheckEntity $name $kind
    } finally {
        set ctx [lrange $ctx 0 end-1]
        set line $saved
    }
}


proc ::cdl::load::IncludeScript {name file} {
    variable pkgdir; variable ctx
    set path ""
    foreach candidate [list [file join $pkgdir cdl $file] [file join $pkgdir $file]] {
        if {[file isfile $candidate]} { set path $candidate; break }
    }
    if {$path eq ""} {
        # Reported against the component, whose body has been closed.
        set c [Context]
        lappend ctx [dict replace $c node $name kind component]
        try {
            Fail "Unable to find script `$file'."
        } finally {
            set ctx [lrange $ctx 0 end-1]
        }
    }
    variable repo; variable files_read
    lappend files_read $path
    set rel [RelPath $repo $path]
    lappend ctx [dict create node $name kind component container $name \
        file $rel fullfile $path]
    variable line
    set saved $line
    try {
        if {[catch {::cdl::diag::read_file $path} script]} {
            Report error "couldn't read file \"$path\": $script"
        } else {
            EvalScript $script 1
        }
    } finally {
        set ctx [lrange $ctx 0 end-1]
        set line $saved
    }
}

# Checks made once the whole body is known (flavor may come after
# legal_values, for example).
proc ::cdl::load::CheckEntity {name kind} {
    variable line
    set flavor [::cdl::model::flavor $name]
    if {$flavor eq "bool" && [::cdl::model::has $name legal_values]} {
        set line [dict get [::cdl::model::prop $name legal_values] line]
        Report error "The \"legal_values\" property is not applicable to boolean entities."
    }
    if {[::cdl::model::has $name default_value] && [::cdl::model::has $name calculated]} {
        Report error "The properties \"default_value\" and \"calculated\" cannot be used together."
    }
    if {[::cdl::model::has $name no_define] && [::cdl::model::has $name define_format]} {
        Report error "The properties \"no_define\" and \"define_format\" cannot be used together."
    }
    if {$kind eq "interface" && $flavor eq "none"} {
        Report error "An interface cannot have flavor \"none\"."
    }
}

# ---------------------------------------------------------- properties

# Outside loading (define_proc runs at header time) CDL commands do not exist.
proc ::cdl::load::NotLoading {cmd} {
    return -code error -errorcode {TCL LOOKUP COMMAND $cmd} "invalid command name \"$cmd\""
}

# A property command; the alias supplies the property's specification
# (handler, applicability, multiplicity, options) before its arguments.
proc ::cdl::load::Property {prop handler where multiplicity allowed args} {
    variable ctx
    if {[llength $ctx] == 0} { NotLoading $prop }
    # Most properties need no line; those that do ask for it (Line).
    variable line ""
    set c [lindex $ctx end]
    set kind [dict get $c kind]
    if {$kind eq "top"} {
        Fail "Unknown command `$prop'."
    }
    if {[string first [string index [string toupper $kind] 0] $where] < 0} {
        Fail [NotApplicable $prop $kind]
    }
    set name [dict get $c node]
    if {$multiplicity eq "1" && [info exists ::cdl::model::P($name,$prop)] && $prop ne "flavor"} {
        Fail "The `$prop' property can occur only once in $kind `$name'."
    }
    if {[string match -* [lindex $args 0]]} {
        lassign [ParseOptions $allowed $args] opts args
    } else {
        set opts {}
    }
    Prop$handler $name $prop $opts $args
}

proc ::cdl::load::NotApplicable {prop kind} {
    if {$prop eq "flavor" && $kind eq "package"} {
        return "A package should not have a `flavor' property."
    }
    return "The `$prop' property is not applicable to a cdl_$kind."
}

# Splits leading -name=value options from the arguments (cdl.md §3).
# Returns {options-dict remaining-args}.
proc ::cdl::load::ParseOptions {allowed argv} {
    if {![string match -* [lindex $argv 0]]} { return [list {} $argv] }
    set opts [dict create]
    while {[llength $argv] > 0} {
        set a [lindex $argv 0]
        if {$a eq "--"} { set argv [lrange $argv 1 end]; break }
        if {![string match -* $a] || [string is double -strict $a]} { break }
        set argv [lrange $argv 1 end]
        set body [string trimleft $a -]
        set value ""
        set has_value [regexp {^([^=]*)=(.*)$} $body -> body value]
        set matches [lsearch -all -inline -glob $allowed $body*]
        if {$body in $allowed} { set matches [list $body] }
        if {[llength $matches] != 1} {
            Report warning "Invalid option `$body'."
            continue
        }
        set opt [lindex $matches 0]
        if {!$has_value} {
            if {[llength $argv] == 0} {
                Fail "Missing value for option `$opt'."
            }
            set value [lindex $argv 0]
            set argv [lrange $argv 1 end]
        }
        dict set opts $opt $value
    }
    list $opts $argv
}

proc ::cdl::load::Occurrence {text args} {
    dict create text $text line [Line] {*}$args
}

proc ::cdl::load::ArgCount {prop argv n} {
    if {[llength $argv] != $n} {
        set what [expr {$n == 1 ? "one argument" : "$n arguments"}]
        Fail "The `$prop' property expects $what."
    }
}

proc ::cdl::load::PropString {name prop opts argv} {
    ArgCount $prop $argv 1
    ::cdl::model::add_prop $name $prop [lindex $argv 0]
}

proc ::cdl::load::PropCode {name prop opts argv} {
    ArgCount $prop $argv 1
    ::cdl::model::append_prop $name $prop [Occurrence [lindex $argv 0]]
}

proc ::cdl::load::PropIgnore {name prop opts argv} {}

proc ::cdl::load::PropFlag {name prop opts argv} {
    ArgCount $prop $argv 0
    ::cdl::model::add_prop $name $prop 1
}

proc ::cdl::load::PropFlavor {name prop opts argv} {
    ArgCount $prop $argv 1
    set want [string tolower [lindex $argv 0]]
    set matches [lsearch -all -inline -glob {none bool data booldata} $want*]
    if {$want in {bool data}} { set matches [list $want] }
    if {[llength $matches] != 1} {
        Fail "Invalid flavor `[lindex $argv 0]': expecting none, bool, data or booldata."
    }
    if {[::cdl::model::has $name flavor]} {
        Fail "The `flavor' property can occur only once in [::cdl::model::kind $name] `$name'."
    }
    ::cdl::model::add_prop $name flavor [lindex $matches 0]
    ::cdl::model::set_flavor $name [lindex $matches 0]
}

proc ::cdl::load::ParseWith {parser text} {
    try {
        return [::cdl::expr::$parser $text]
    } trap {CDL PARSE} {msg} {
        Fail "$msg\nExpression: $text"
    }
}

proc ::cdl::load::PropExpr {name prop opts argv} {
    if {[llength $argv] == 0} { Fail "The `$prop' property expects an expression." }
    set text [join $argv " "]
    set ast [ParseWith parse $text]
    ::cdl::model::add_prop $name $prop [Occurrence $text ast $ast refs [::cdl::expr::refs $ast] \
        shape [::cdl::expr::shape $ast]]
}

proc ::cdl::load::PropGoal {name prop opts argv} {
    if {[llength $argv] == 0} { Fail "The `$prop' property expects a goal expression." }
    set text [join $argv " "]
    set ast [ParseWith parse_goal $text]
    ::cdl::model::append_prop $name $prop [Occurrence $text ast $ast refs [::cdl::expr::refs $ast] \
        shape [::cdl::expr::shape $ast]]
}

proc ::cdl::load::PropList {name prop opts argv} {
    if {[llength $argv] == 0} { Fail "The `$prop' property expects a list expression." }
    set text [join $argv " "]
    set items [ParseWith parse_list $text]
    set refs {}
    foreach item $items {
        foreach ast [lrange $item 1 end] {
            foreach r [::cdl::expr::refs $ast] {
                if {$r ni $refs} { lappend refs $r }
            }
        }
    }
    ::cdl::model::add_prop $name $prop [Occurrence $text items $items refs $refs]
}

proc ::cdl::load::PropName {name prop opts argv} {
    ArgCount $prop $argv 1
    set target [lindex $argv 0]
    if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $target]} {
        Fail "Invalid name `$target' in `$prop' property: names must be valid C identifiers."
    }
    ::cdl::model::append_prop $name $prop [Occurrence $target name $target]
}

proc ::cdl::load::PropParent {name prop opts argv} {
    ArgCount $prop $argv 1
    set target [lindex $argv 0]
    if {$target ne "" && ![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $target]} {
        Fail "Invalid name `$target' in `parent' property: names must be valid C identifiers."
    }
    ::cdl::model::add_prop $name parent [list $target [Line]]
}

proc ::cdl::load::FileOption {opts} {
    if {![dict exists $opts file]} { return "" }
    set f [dict get $opts file]
    if {$f ne "system.h"} {
        Fail "Invalid -file option `$f': the only file that can be named is system.h."
    }
    return $f
}

proc ::cdl::load::PropDefine {name prop opts argv} {
    ArgCount $prop $argv 1
    set format [expr {[dict exists $opts format] ? [dict get $opts format] : ""}]
    ::cdl::model::append_prop $name define \
        [Occurrence [lindex $argv 0] file [FileOption $opts] format $format symbol [lindex $argv 0]]
}

proc ::cdl::load::PropIfDefine {name prop opts argv} {
    ArgCount $prop $argv 2
    ::cdl::model::append_prop $name if_define \
        [Occurrence [join $argv] file [FileOption $opts] symbols $argv]
}

proc ::cdl::load::PropFiles {name prop opts argv} {
    ::cdl::model::append_prop $name $prop $argv
}

proc ::cdl::load::Priority {opts default} {
    if {![dict exists $opts priority]} { return $default }
    set p [dict get $opts priority]
    if {![string is integer -strict $p]} {
        Fail "Invalid priority option, priorities should be simple numbers."
    }
    if {$p < 1 || $p > 1024} {
        Fail "Invalid priority value, priorities should be in the range 1 to 1024."
    }
    return $p
}

proc ::cdl::load::PropCompile {name prop opts argv} {
    set library [expr {[dict exists $opts library] ? [dict get $opts library] : ""}]
    ::cdl::model::append_prop $name $prop [Occurrence [join $argv] library $library files $argv]
}

# Parses a custom build step: `TARGET : DEPS` then one or more rule lines.
proc ::cdl::load::PropRule {name prop opts argv} {
    ArgCount $prop $argv 1
    set default [expr {$prop eq "make" ? 300 : 100}]
    set priority [Priority $opts $default]
    set library [expr {[dict exists $opts library] ? [dict get $opts library] : ""}]
    set text [string trimleft [lindex $argv 0]]
    if {![regexp {^([^ \t:]+)[ \t]*:([^\n;]*)[\n;](.*)$} $text -> target deps rest]} {
        Fail "Invalid custom build step: expecting `target : dependencies' followed by rules."
    }
    set deps [string trim $deps]
    if {$deps eq ""} {
        Fail "Invalid custom build step: no dependencies given for `$target'."
    }
    set rules {}
    foreach l [split $rest \n] {
        set l [string trimleft $l " \t"]
        if {$l ne ""} { lappend rules $l }
    }
    if {[llength $rules] == 0} {
        Fail "Invalid custom build step: no rules given for `$target'."
    }
    ::cdl::model::append_prop $name $prop [Occurrence [lindex $argv 0] target $target \
        deps $deps rules $rules priority $priority library $library]
}
