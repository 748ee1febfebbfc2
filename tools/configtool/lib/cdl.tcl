# Loading CDL scripts.  Every package script runs in one safe child
# interpreter in which the cdl_* commands and the properties are aliases
# into this namespace, so a script can use ordinary Tcl (if, set, string
# match, $tcl_platform) but cannot reach the file system.  Every
# diagnostic names the file and line it comes from.
namespace eval ::cdl::load {
    variable interp ""
    # Whether the CDL commands exist in it yet.
    variable aliased 0
    # The context, in plain variables because every command reads it:
    # the entity whose body is being evaluated (`node'), its `kind' ("top"
    # at a script's top level) and `letter' (its initial, as the property
    # table writes kinds; "T" at the top, "" outside loading), the
    # `container' of new nodes and the `file' read (relative to its
    # repository; `fullfile' in full).  Body saves and restores them.
    variable node ""
    variable kind ""
    variable letter ""
    variable container ""
    variable file ""
    variable fullfile ""
    # Whether the script being read has defined its package.
    variable seen_package 0
    # The line of the command being run (empty until a property needs
    # it, see Line); `base' is the line the script being evaluated
    # starts on.
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
    # Each property's name as savefiles and conflict reports write it.
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
        lassign $spec handler where multiplicity allowed
        # The handler by its full name: the alias keeps the word, and
        # with it the command it resolved to.
        ::interp alias $i $prop {} ::cdl::load::Property $prop \
            ::cdl::load::Prop$handler $where $multiplicity $allowed
    }
    ::interp alias $i unknown {} ::cdl::load::Unknown
    # Plain Tcl is noticed by execution traces (see PlainTcl); `trace'
    # itself gets one last, once the others are in place.
    ::interp alias $i ::cdl_plain_tcl {} ::cdl::load::PlainTcl
    foreach cmd [::interp eval $i {info commands}] {
        if {$cmd in {eval info trace unknown cdl_plain_tcl} || $cmd in $entity_commands
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
    ::cdl::prefill::await $pkg
    set file [::cdl::db::script_path $pkg $version]
    if {![::cdl::cache::restore $pkg $version $file]} {
        ReadPackage $pkg $version $file
    }
}

# Loads package PKG at VERSION from its CDL script FILE.
proc ::cdl::load::ReadPackage {pkg version path} {
    variable errors; variable package; variable pkgdir
    variable files_read; variable cacheable; variable seen_package
    set files_read [list $path]
    set cacheable 1
    set diagnostics [expr {[::cdl::diag::errors] + [::cdl::diag::warnings]}]
    set pkgdir [::cdl::db::package_dir $pkg $version]
    variable repo [::cdl::db::package_repo $pkg $version]
    set package $pkg
    set errors 0
    set seen_package 0
    set rel [RelPath $repo $path]
    ::cdl::model::add_package $pkg $version
    Interp
    try {
        ::cdl::model::add_node $pkg package <top> $pkg $rel 1
        ::cdl::model::init_package_value $pkg
        Enter $pkg top $pkg $rel $path
        if {[catch {::cdl::diag::read_file $path} script]} {
            Report error "couldn't read file \"$path\": $script"
        } else {
            EvalScript $script 1
            if {!$seen_package} {
                Report error "Incorrect package name in CDL script.\nThis package is `$pkg'\nThe CDL script `$path' does not define it."
            }
        }
    } on error {msg opts} {
        ::cdl::model::remove_package $pkg
        return -options $opts $msg
    } finally {
        Enter "" "" "" "" ""
    }
    if {$errors > 0} {
        ::cdl::model::remove_package $pkg
        set s [expr {$errors == 1 ? "" : "s"}]
        return -code error -errorcode {CDL LOAD} \
            "Package $pkg, $errors error$s occurred while reading in the CDL data."
    }
    ::cdl::model::loaded
    if {$cacheable && $diagnostics == [::cdl::diag::errors] + [::cdl::diag::warnings]
            && ![::cdl::prefill::caches $pkg]} {
        ::cdl::cache::store $pkg $version $path $files_read
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
    namespace upvar ::cdl::load base base interp interp
    set saved $base
    set base $firstline
    if {[catch {::interp eval $interp [list eval $script]} msg opts]} {
        try {
            Recover $script $firstline $msg $opts
        } finally {
            set base $saved
        }
    }
    set base $saved
}

# Sets `line' to the line of the CDL command being run: its line within
# the script being evaluated, which Tcl tracks, counted from `base'.
# (A command that a script builds at run time and passes to eval counts
# from that eval instead; CDL scripts have no reason to do that.)
proc ::cdl::load::Here {} {
    namespace upvar ::cdl::load base base line line interp interp
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
    variable letter
    if {$letter ne ""} { variable cacheable 0 }
}

# Makes the context that of entity NAME of kind KIND (a package,
# component, option or interface, or "top" for a script's top level),
# whose new nodes go in CONTAINER, read from FILE (relative) or PATH.
# Empty values leave loading.
proc ::cdl::load::Enter {name newkind newcontainer newfile path} {
    namespace upvar ::cdl::load node node kind kind letter letter \
        container container file file fullfile fullfile
    lassign [list $name $newkind [string toupper [string index $newkind 0]] \
        $newcontainer $newfile $path] node kind letter container file fullfile
}

# Reports a diagnostic at the current file and line, naming the entity
# being defined.
proc ::cdl::load::Report {class msg} {
    variable errors; variable file; variable kind; variable node
    set where "$file:[Line]"
    ::cdl::diag::report $where [expr {$kind eq "top" ? "" : "$kind $node"}] "" $class $msg
    if {$class eq "error"} { incr errors }
}

proc ::cdl::load::Fail {msg} {
    Report error $msg
    return -code error -errorcode {CDL REPORTED} $msg
}

proc ::cdl::load::Unknown {args} {
    variable letter
    if {$letter eq ""} { NotLoading [lindex $args 0] }
    Here
    Fail "Unknown command `[lindex $args 0]'."
}

# ------------------------------------------------------------ entities

proc ::cdl::load::Entity {cmd args} {
    variable letter
    if {$letter eq ""} { NotLoading $cmd }
    Here
    set newkind [string range $cmd 4 end]
    if {[llength $args] != 2} {
        Fail "Incorrect number of arguments to `$cmd'\nExpecting name and properties list."
    }
    lassign $args name body
    if {$newkind in {dialog wizard}} { return }
    if {$letter in {O I}} {
        variable kind; variable node
        Fail "An $cmd cannot be defined inside the body of $kind `$node'."
    }
    if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $name]} {
        Fail "Invalid name `$name' for $cmd: names must be valid C identifiers."
    }
    if {$newkind eq "package"} {
        return [PackageEntity $name $body]
    }
    if {[info exists ::cdl::model::Kind($name)]} {
        Fail "[string totitle $newkind] `$name' cannot be loaded.\nThe name is already in use."
    }
    if {![info complete $body]} {
        Fail "Invalid property list for $cmd `$name'."
    }
    namespace upvar ::cdl::load container container package package file file line line
    ::cdl::model::add_node $name $newkind $container $package $file $line
    Body $name $newkind $body
    if {$newkind eq "component" && [info exists ::cdl::model::P_script($name)]} {
        IncludeScript $name $::cdl::model::P_script($name)
    }
}

proc ::cdl::load::PackageEntity {name body} {
    variable package; variable seen_package; variable letter
    if {$letter ne "T"} {
        Fail "A cdl_package can only be defined at the top level of a CDL script."
    }
    if {$name ne $package} {
        variable fullfile
        Fail "Incorrect package name in CDL script.\nThis package is `$package'\nThe CDL script `$fullfile' defines a package `$name'."
    }
    if {$seen_package} {
        Fail "The CDL script defines package `$name' more than once."
    }
    set seen_package 1
    Body $name package $body
}

# Evaluates the body of entity NAME of kind NEWKIND with the entity as
# the current context.
proc ::cdl::load::Body {name newkind body} {
    namespace upvar ::cdl::load node node kind kind container container \
        file file fullfile fullfile line line
    set saved [list $node $kind $container $file $fullfile]
    set saved_line $line
    Enter $name $newkind [expr {$newkind in {package component} ? $name : $container}] \
        $file $fullfile
    # A body starts on the line of its command (after the brace).  Errors
    # in it are reported by EvalScript; any other error ends the load.
    EvalScript $body $line
    set line $saved_line
    CheckEntity $name $newkind
    Enter {*}$saved
    set line $saved_line
}

# Reads the file a component's `script' property names, as if it were
# the component's body.
proc ::cdl::load::IncludeScript {name script} {
    variable pkgdir; variable node; variable kind; variable container
    variable file; variable fullfile; variable line
    set path ""
    foreach candidate [list [file join $pkgdir cdl $script] [file join $pkgdir $script]] {
        if {[file isfile $candidate]} { set path $candidate; break }
    }
    set saved [list $node $kind $container $file $fullfile]
    set saved_line $line
    try {
        if {$path eq ""} {
            # Reported against the component, whose body has been closed.
            Enter $name component $container $file $fullfile
            Fail "Unable to find script `$script'."
        }
        variable repo; variable files_read
        lappend files_read $path
        Enter $name component $name [RelPath $repo $path] $path
        if {[catch {::cdl::diag::read_file $path} text]} {
            Report error "couldn't read file \"$path\": $text"
        } else {
            EvalScript $text 1
        }
    } finally {
        Enter {*}$saved
        set line $saved_line
    }
}

# Checks made once the whole body is known (flavor may come after
# legal_values, for example).
proc ::cdl::load::CheckEntity {name kind} {
    # The model's arrays are read directly: this runs for every node.
    namespace upvar ::cdl::model P_legal_values P_legal_values \
        P_default_value P_default_value P_calculated P_calculated \
        P_no_define P_no_define P_define_format P_define_format \
        Flavor Flavor
    variable line
    set flavor $Flavor($name)
    if {$flavor eq "bool" && [info exists P_legal_values($name)]} {
        set line [dict get $P_legal_values($name) line]
        Report error "The \"legal_values\" property is not applicable to boolean entities."
    }
    if {[info exists P_default_value($name)] && [info exists P_calculated($name)]} {
        Report error "The properties \"default_value\" and \"calculated\" cannot be used together."
    }
    if {[info exists P_no_define($name)] && [info exists P_define_format($name)]} {
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
    namespace upvar ::cdl::load letter letter node node line line
    # Most properties need no line; those that do ask for it (Line).
    set line ""
    if {[string first $letter $where] < 0} { NotHere $prop }
    if {$multiplicity eq "1" && [info exists ::cdl::model::P_${prop}($node)] && $prop ne "flavor"} {
        variable kind
        Fail "The `$prop' property can occur only once in $kind `$node'."
    }
    if {[string index [lindex $args 0] 0] eq "-"} {
        lassign [ParseOptions $allowed $args] opts args
    } else {
        set opts {}
    }
    $handler $node $prop $opts $args
}

# Fails for property PROP where it does not apply: outside loading, at a
# script's top level or in the body of the wrong kind of entity.
proc ::cdl::load::NotHere {prop} {
    variable letter; variable kind
    if {$letter eq ""} { NotLoading $prop }
    if {$letter eq "T"} { Fail "Unknown command `$prop'." }
    if {$prop eq "flavor" && $kind eq "package"} {
        Fail "A package should not have a `flavor' property."
    }
    Fail "The `$prop' property is not applicable to a cdl_$kind."
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
    if {$want in {none bool data booldata}} {
        set matches [list $want]
    } else {
        # eCos takes any unambiguous abbreviation.
        set matches [lsearch -all -inline -glob {none bool data booldata} $want*]
    }
    if {[llength $matches] != 1} {
        Fail "Invalid flavor `[lindex $argv 0]': expecting none, bool, data or booldata."
    }
    if {[info exists ::cdl::model::P_flavor($name)]} {
        Fail "The `flavor' property can occur only once in [::cdl::model::kind $name] `$name'."
    }
    ::cdl::model::add_prop $name flavor [lindex $matches 0]
    set ::cdl::model::Flavor($name) [lindex $matches 0]
}

proc ::cdl::load::PropExpr {name prop opts argv} {
    ::cdl::model::add_prop $name $prop \
        [ExprOccurrence parsed_expr "an expression" $prop $argv]
}

proc ::cdl::load::PropGoal {name prop opts argv} {
    ::cdl::model::append_prop $name $prop \
        [ExprOccurrence parsed_goal "a goal expression" $prop $argv]
}

# The occurrence of expression property PROP with arguments ARGV, parsed
# by PARSER (see ::cdl::expr::parsed_expr).
proc ::cdl::load::ExprOccurrence {parser what prop argv} {
    if {![llength $argv]} { Fail "The `$prop' property expects $what." }
    set text [join $argv " "]
    lassign [::cdl::expr::$parser $text] ok ast refs shape
    if {!$ok} { Fail "$ast\nExpression: $text" }
    Occurrence $text ast $ast refs $refs shape $shape
}

proc ::cdl::load::PropList {name prop opts argv} {
    if {![llength $argv]} { Fail "The `$prop' property expects a list expression." }
    set text [join $argv " "]
    lassign [::cdl::expr::parsed_list $text] ok items refs
    if {!$ok} { Fail "$items\nExpression: $text" }
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
