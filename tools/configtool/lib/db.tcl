# The package database: the ecos.db files of a repository search path, the
# package versions found on disk, the targets, and the templates.
#
# ecos.db is a Tcl script.  It is run in a safe child interpreter in which
# every ordinary command is hidden; the only names that resolve are the
# database commands, all routed to Dispatch, which accepts a name only in
# the context where it is meaningful (`package' at the top level, `alias'
# inside a body, ...) and reports everything else as an unknown command.
# A file is first evaluated in one go; only when that meets a problem is
# it split into commands here, so that each diagnostic can name its line
# and one bad command does not stop the rest of the file from being read.

# Version ordering (newest first) comes from version.tcl.
if {[info commands ::cdl::version::sort] eq ""} {
    source [file join [file dirname [file normalize [info script]]] version.tcl]
}

namespace eval ::cdl::db {
    namespace export load packages package package_dir package_path \
        package_repo script_path targets target templates \
        template_versions template_file template_description \
        template_packages resolve_package resolve_target has_package \
        has_target has_template

    # Set to 1 for the consistency warnings of `ecosconfig -v'.
    variable verbose 0

    variable child ""

    # Which commands each evaluation context accepts, and what becomes of
    # every other name there.
    variable handlers {
        top {
            package PackageCommand
            target  TargetCommand
        }
        package {
            alias       PackageAlias
            directory   PackageDirectory
            script      PackageScript
            hardware    PackageHardware
            description PackageDescription
        }
        target {
            alias       TargetAlias
            packages    TargetPackages
            enable      TargetEnable
            disable     TargetDisable
            set_value   TargetSetValue
            description TargetDescription
        }
        template {
            cdl_configuration TemplateConfiguration
        }
        configuration {
            description TemplateDescription
            package     TemplatePackage
        }
    }
    variable fallback {
        top           UnknownCommand
        package       UnknownCommand
        target        UnknownCommand
        template      IgnoreCommand
        configuration IgnoreCommand
    }
    variable mode top
    # Set while a whole file is evaluated in one go (see ReadDatabase).
    variable fast 0

    # Where the command being evaluated comes from, for diagnostics.
    variable file ""
    variable line 0
    variable node ""
    variable command ""

    # The entry (package or target) whose body is being evaluated.
    variable cur
    array set cur {}

    variable repos {}
    variable absrepos {}
    variable repo ""
    variable absrepo ""
}

# ---------------------------------------------------------------------------
# Loading

# Reads the ecos.db of every repository in REPOS (in search-path order)
# and replaces whatever was loaded before.
proc ::cdl::db::load {repolist} {
    variable repos $repolist
    variable absrepos {}
    variable verbose
    Reset
    foreach r $repolist {
        lappend absrepos [AbsolutePath $r]
    }
    set errors_before [::cdl::diag::errors]
    set diagnostics [expr {$errors_before + [::cdl::diag::warnings]}]
    set scripts [lmap abs $absrepos {
        list [catch {::cdl::diag::read_file [file join $abs ecos.db]} script] $script
    }]
    # The database is also read without the rest of the tool (by the
    # testsuite): then there is no cache.
    set cached [expr {!$verbose && [llength [info commands ::cdl::cache::keep]]}]
    set key [CacheKey $scripts]
    if {!$cached || ![Replay $key]} {
        variable events {}
        foreach r $repolist abs $absrepos script $scripts {
            ReadDatabase $r $abs {*}$script
        }
        if {$cached && $diagnostics == [::cdl::diag::errors] + [::cdl::diag::warnings]} {
            ::cdl::cache::keep [lindex $key 0] [list [lindex $key 1] $events]
        }
    }
    SortVersions
    if {$verbose} {
        CheckTargets
    }
    if {[::cdl::diag::errors] > $errors_before} {
        return -code error -errorcode {CDL DB} "Invalid package database."
    }
    return
}

# ---------------------------------------------------------------------------
# Reading the database again
#
# What a clean read of the ecos.db files adds, in order, is kept in the
# tool's cache under a name made from the repositories and the files'
# contents: one event per package entry (with the repository and its
# fields) and per target.  Replaying them skips evaluating the files; the
# package directories are still looked at again, as AddPackage does, and
# anything they would report makes the files be read after all.

# {NAME CHECK}: the cache name for the repositories (one entry each
# search path, rewritten when a file changes), and the checksums of
# SCRIPTS, their contents, kept with the events.
proc ::cdl::db::CacheKey {scripts} {
    variable repos
    variable absrepos
    set text [list $repos $absrepos $scripts]
    list [format ecos.db-%08x [zlib crc32 [list $repos $absrepos]]] \
        [format %08x%08x-%x [zlib crc32 $text] [zlib adler32 $text] [string length $text]]
}

# Adds the events kept under KEY; returns 0 (and adds nothing) when there
# are none or they no longer apply.
proc ::cdl::db::Replay {key} {
    lassign $key name check
    if {![::cdl::cache::fetch $name data] || [lindex $data 0] ne $check} { return 0 }
    set events [lindex $data 1]
    variable fast 1
    variable cur
    variable repo
    variable absrepo
    variable tgt
    variable tgt_order
    try {
        foreach event $events {
            lassign $event kind name record repo absrepo
            if {$kind eq "package"} {
                array unset cur
                array set cur $record
                AddPackage $name
            } elseif {![dict exists $tgt $name]} {
                dict set tgt $name $record
                lappend tgt_order $name
            }
        }
        return 1
    } on error {} {
        Reset
        return 0
    } finally {
        set fast 0
    }
}

proc ::cdl::db::Record {event} {
    variable events
    lappend events $event
}

proc ::cdl::db::Reset {} {
    # pkg:  NAME -> {aliases directory script hardware description versions}
    # ver:  NAME -> VERSION -> {repo dir path script}
    # tgt:  NAME -> {aliases description packages enable disable set_value context}
    # tpl:  T -> V -> file, filled on first use
    foreach var {pkg ver tgt tpl tpl_info tpl_versions pkg_alias tgt_alias} {
        variable $var [dict create]
    }
    variable pkg_order {}
    variable tgt_order {}
    variable events {}
    variable tpl_scanned 0
    variable alias_indexed 0
}

# Repositories given relative to the working directory are anchored so that
# package directories stay valid when the tool changes directory; absolute
# ones are kept as written (no symbolic-link resolution).
proc ::cdl::db::AbsolutePath {path} {
    if {[file pathtype $path] eq "absolute"} {
        return $path
    }
    return [file normalize $path]
}

# REPO/NAME with REPO as the user wrote it.
proc ::cdl::db::RepoJoin {repo name} {
    if {[string index $repo end] eq "/"} {
        return $repo$name
    }
    return $repo/$name
}

# Reads the ecos.db of repository GIVEN (ABS made absolute), whose
# contents are SCRIPT (the reason it could not be read when FAILED).
proc ::cdl::db::ReadDatabase {given abs failed script} {
    variable file [RepoJoin $given ecos.db]
    variable line 0
    variable node ""
    variable mode top
    variable command
    variable repo $given
    variable absrepo $abs
    if {$failed} {
        ::cdl::diag::report $file "" "" error \
            "couldn't read file \"$file\": $script"
        return
    }
    # Evaluating the file as one script is much faster than command by
    # command, but cannot tell lines apart: the first diagnostic (or Tcl
    # error) abandons the attempt, and the file is read again the slow way,
    # which reports everything with its line.  The -v checks need the
    # lines of the targets, so verbose mode always reads the slow way.
    variable verbose
    variable fast [expr {!$verbose}]
    if {$fast} {
        set saved [SaveState]
        try {
            interp eval [Child] $script
            return
        } on error {} {
            RestoreState $saved
        } finally {
            set fast 0
            set mode top
            set node ""
        }
    }
    foreach {line command} [Commands $script 1] {
        Evaluate $command
    }
}

proc ::cdl::db::SaveState {} {
    variable pkg
    variable ver
    variable tgt
    variable pkg_order
    variable tgt_order
    variable events
    list $pkg $ver $tgt $pkg_order $tgt_order $events
}

proc ::cdl::db::RestoreState {saved} {
    variable pkg
    variable ver
    variable tgt
    variable pkg_order
    variable tgt_order
    variable events
    lassign $saved pkg ver tgt pkg_order tgt_order events
}

# Runs one command of the current file in the child; a Tcl error (bad
# syntax, missing variable) becomes an error diagnostic for that line.
proc ::cdl::db::Evaluate {command} {
    if {[catch {interp eval [Child] $command} msg]} {
        Error $msg
    }
}

# ---------------------------------------------------------------------------
# Splitting a script into commands

# Returns a flat list LINE TEXT LINE TEXT ... of the commands of SCRIPT, in
# order, without comments and empty commands.  LINE is the line of the
# command's first character, counting the first line of SCRIPT as FIRST.
# Lines are gathered until they form complete commands; only such a group
# that contains a `;' needs the finer (slower) split.
proc ::cdl::db::Commands {script first} {
    set result {}
    set chunk ""
    set number [expr {$first - 1}]
    foreach text [split $script \n] {
        incr number
        if {$chunk eq ""} {
            if {[string is space $text]} {
                continue
            }
            set chunk_line $number
            set chunk $text
        } else {
            append chunk \n $text
        }
        if {[EndsWithEscape $text]} {
            continue
        }
        if {[regexp {^\s*#} $chunk]} {
            set chunk ""
            continue
        }
        if {![info complete $chunk]} {
            continue
        }
        if {[string first ";" $chunk] < 0} {
            lappend result $chunk_line [string trimleft $chunk]
        } else {
            lappend result {*}[SplitCommands $chunk $chunk_line]
        }
        set chunk ""
    }
    # An unterminated last command is passed on too: evaluating it gives
    # the Tcl parser's own message (e.g. "missing close-brace").
    if {$chunk ne "" && ![regexp {^\s*#} $chunk]} {
        lappend result $chunk_line [string trimleft $chunk]
    }
    return $result
}

# Whether TEXT ends with a backslash that escapes what follows it.
proc ::cdl::db::EndsWithEscape {text} {
    expr {[string index $text end] eq "\\"
          && [regexp {\\+$} $text escapes]
          && [string length $escapes] % 2}
}

# Splits CHUNK, complete lines forming complete commands, at the
# semicolons that end a command.  A newline inside CHUNK never ends one
# (Commands would have ended the chunk there), and a comment runs to its
# end.
proc ::cdl::db::SplitCommands {chunk first} {
    set result {}
    set start 0
    set line $first
    foreach sep [regexp -all -indices -inline {;} $chunk] {
        set pos [lindex $sep 0]
        set text [string range $chunk $start [expr {$pos - 1}]]
        if {[regexp {^\s*#} $text]} {
            break
        }
        if {[EndsWithEscape $text] || ![info complete $text]} {
            continue
        }
        if {![string is space $text]} {
            lappend result [expr {$line + [LeadingNewlines $text]}] \
                [string trimleft $text]
        }
        incr line [Newlines $text]
        set start [expr {$pos + 1}]
    }
    set text [string range $chunk $start end]
    if {![IsEmptyOrComment $text]} {
        lappend result [expr {$line + [LeadingNewlines $text]}] \
            [string trimleft $text]
    }
    return $result
}

proc ::cdl::db::IsEmptyOrComment {text} {
    expr {[string is space $text] || [regexp {^\s*#} $text]}
}

proc ::cdl::db::Newlines {text} {
    expr {[string length $text] - [string length [string map {\n {}} $text]]}
}

proc ::cdl::db::LeadingNewlines {text} {
    regexp {^\s*} $text lead
    Newlines $lead
}

# The line on which BODY, the last word of the command COMMAND starting on
# line FIRST, begins.  Found exactly for braced or plain quoted bodies (the
# usual forms); other forms are attributed to the command's line.
proc ::cdl::db::BodyLine {first command body} {
    set text [string trimright $command]
    set start [expr {[string length $text] - 1 - [string length $body]}]
    if {$start > 0 && [string index $text end] in {\} \"}
            && [string range $text $start end-1] eq $body} {
        return [expr {$first + [Newlines [string range $text 0 $start-1]]}]
    }
    return $first
}

# Evaluates BODY, the last word of the current command, in the evaluation
# context BODYMODE: as a whole when the file is read in one go, else
# command by command with their lines.
proc ::cdl::db::EvaluateBody {body bodymode} {
    variable mode
    variable line
    variable fast
    variable command
    set outer_mode $mode
    if {$fast} {
        set mode $bodymode
        try {
            interp eval [Child] $body
        } finally {
            set mode $outer_mode
        }
        return
    }
    set outer_line $line
    set first [BodyLine $line $command $body]
    set mode $bodymode
    try {
        foreach {line sub} [Commands $body $first] {
            Evaluate $sub
        }
    } finally {
        set mode $outer_mode
        set line $outer_line
    }
}

# ---------------------------------------------------------------------------
# The child interpreter

proc ::cdl::db::Child {} {
    variable child
    if {$child ne ""} {
        return $child
    }
    set interp [interp create -safe]
    foreach cmd [interp eval $interp {info commands}] {
        interp hide $interp $cmd
    }
    # Namespaced commands cannot be hidden; nothing here needs them.
    interp invokehidden $interp namespace delete ::oo ::zlib ::tcl
    foreach name {package target alias directory script hardware description
                  packages enable disable set_value cdl_configuration} {
        interp alias $interp $name {} ::cdl::db::Dispatch $name
    }
    interp alias $interp unknown {} ::cdl::db::Dispatch
    set child $interp
}

proc ::cdl::db::Dispatch {name args} {
    variable handlers
    variable mode
    if {[dict exists $handlers $mode $name]} {
        tailcall [dict get $handlers $mode $name] {*}$args
    }
    variable fallback
    tailcall [dict get $fallback $mode] $name {*}$args
}

proc ::cdl::db::UnknownCommand {name args} {
    Error "Unknown command `$name'."
}

proc ::cdl::db::IgnoreCommand {args} {
    return
}

proc ::cdl::db::Error {message} {
    Report error $message
}

proc ::cdl::db::Warning {message} {
    Report warning $message
}

proc ::cdl::db::Report {class message} {
    variable fast
    if {$fast} {
        return -code error -errorcode {CDL DB SLOW} $message
    }
    variable file
    variable line
    variable node
    ::cdl::diag::report $file:$line $node "" $class $message
}

# ---------------------------------------------------------------------------
# package NAME BODY

proc ::cdl::db::PackageCommand {args} {
    variable node
    switch -- [llength $args] {
        0 {
            Error "Invalid package command, missing name and contents."
            return
        }
        1 {
            set node "package [lindex $args 0]"
            Error "Invalid package command, missing body."
            set node ""
            return
        }
        2 {}
        default {
            set node "package [lindex $args 0]"
            Error "Invalid package command, expecting just name and body."
            set node ""
            return
        }
    }
    lassign $args name body
    set node "package $name"
    try {
        ReadPackage $name $body
    } finally {
        set node ""
    }
}

proc ::cdl::db::ReadPackage {name body} {
    variable cur
    if {![regexp {^[A-Za-z_][A-Za-z0-9_]*$} $name]} {
        Error "This is not a valid CDL name."
        return
    }
    set errors_before [::cdl::diag::errors]
    array unset cur
    array set cur {
        aliases {} alias_error 0 directory "" directory_seen 0
        script "" script_seen 0 hardware 0 description "" description_seen 0
    }
    EvaluateBody $body package
    if {$cur(directory) eq ""} {
        Error "Missing directory specification."
    }
    if {$cur(script) eq ""} {
        Error "Missing script specification."
    }
    if {![llength $cur(aliases)] && !$cur(alias_error)} {
        Error "At least one alias should be supplied."
    }
    if {[::cdl::diag::errors] == $errors_before} {
        variable repo
        variable absrepo
        Record [list package $name [array get cur] $repo $absrepo]
        AddPackage $name
    }
}

proc ::cdl::db::PackageAlias {args} {
    if {[llength $args] != 1} {
        AliasError "The alias command should be followed by a list of known aliases."
        return
    }
    AddAliases [lindex $args 0]
}

# Shared by packages and targets: the same checks and messages.
proc ::cdl::db::AddAliases {aliases} {
    variable cur
    if {[llength $cur(aliases)]} {
        Warning "There should be only one list of aliases."
    }
    if {[catch {llength $aliases} count]} {
        AliasError $count
    } elseif {$count == 0} {
        AliasError "At least one alias should be supplied."
    } else {
        lappend cur(aliases) {*}$aliases
    }
}

# An alias error already says what is wrong with the aliases; the check
# for a missing alias list at the end of the body then stays silent.
proc ::cdl::db::AliasError {message} {
    variable cur
    set cur(alias_error) 1
    Error $message
}

proc ::cdl::db::PackageDirectory {args} {
    if {[llength $args] != 1} {
        Error "Only one directory can be specified."
        return
    }
    SetSingle directory [lindex $args 0] \
        "A package can be located in only one directory."
}

proc ::cdl::db::PackageScript {args} {
    if {[llength $args] != 1} {
        Error "Only one CDL script can be specified."
        return
    }
    SetSingle script [lindex $args 0] \
        "A package can have only one starting CDL script."
}

proc ::cdl::db::PackageHardware {args} {
    variable cur
    if {[llength $args] != 0} {
        Error "There should be no further data after hardware."
        return
    }
    if {$cur(hardware)} {
        Warning "The hardware property should be specified only once"
    }
    set cur(hardware) 1
}

proc ::cdl::db::PackageDescription {args} {
    if {[llength $args] != 1} {
        Error "Invalid description, expecting a single string."
        return
    }
    SetSingle description [lindex $args 0] \
        "A package should have only one description."
}

# A repeated single-valued field is warned about; the later value wins.
proc ::cdl::db::SetSingle {field value warning} {
    variable cur
    if {$cur(${field}_seen)} {
        Warning $warning
    }
    set cur($field) $value
    set cur(${field}_seen) 1
}

# ---------------------------------------------------------------------------
# Package directories and versions

# Records the versions that the entry just read finds on disk.  The first
# entry with a version defines the package; later ones (same file or later
# repositories) only add versions not yet known.
proc ::cdl::db::AddPackage {name} {
    variable cur
    variable pkg
    variable pkg_order
    variable ver
    set found [FindVersions $cur(directory) $cur(script)]
    if {![dict size $found]} {
        return
    }
    if {![dict exists $pkg $name]} {
        dict set pkg $name [dict create aliases $cur(aliases) \
            directory $cur(directory) script $cur(script) \
            hardware $cur(hardware) description $cur(description) \
            versions {}]
        lappend pkg_order $name
    }
    dict for {version info} $found {
        if {![dict exists $ver $name $version]} {
            dict set ver $name $version $info
        }
    }
}

# Returns VERSION -> {repo dir path script} for package directory DIR of
# the current repository, warning about what cannot be used.
proc ::cdl::db::FindVersions {dir script} {
    variable repo
    variable absrepo
    variable verbose
    set base [file join $absrepo $dir]
    # Cygnet's flat layout: the package itself is the version `current'.
    set found_script [FindScript $base $script]
    if {$found_script ne ""} {
        return [dict create current [dict create repo $repo dir $base \
            path $dir script $found_script]]
    }
    if {![file isdirectory $base]} {
        if {$verbose} {
            Warning "This package is not present in the component repository.\nThere is no directory `[RepoJoin $repo $dir]'."
        }
        return {}
    }
    set found {}
    foreach version [lsort [glob -nocomplain -types d -tails -directory $base *]] {
        if {$version in {CVS cvs}} {
            continue
        }
        set vdir [file join $base $version]
        set found_script [FindScript $vdir $script]
        if {$found_script eq ""} {
            Warning "Version subdirectory `$version' does not have a CDL script `$script'."
            continue
        }
        dict set found $version [dict create repo $repo dir $vdir \
            path $dir/$version script $found_script]
    }
    if {![dict size $found]} {
        Warning "This package does not have any valid version subdirectories."
    }
    return $found
}

proc ::cdl::db::FindScript {dir script} {
    set path [file join $dir cdl $script]
    if {[file isfile $path]} {
        return $path
    }
    set path [file join $dir $script]
    if {[file isfile $path]} {
        return $path
    }
    return ""
}

proc ::cdl::db::SortVersions {} {
    variable pkg
    variable ver
    dict for {name versions} $ver {
        if {[dict exists $pkg $name]} {
            dict set pkg $name versions \
                [::cdl::version::sort [dict keys $versions]]
        }
    }
}

# ---------------------------------------------------------------------------
# target NAME BODY

proc ::cdl::db::TargetCommand {args} {
    variable node
    switch -- [llength $args] {
        0 {
            Error "Invalid target command, missing name and contents."
            return
        }
        1 {
            set node "target [lindex $args 0]"
            Error "Invalid target command, missing body."
            set node ""
            return
        }
        2 {}
        default {
            set node "target [lindex $args 0]"
            Error "Invalid target command, expecting just name and body."
            set node ""
            return
        }
    }
    lassign $args name body
    set node "target $name"
    try {
        ReadTarget $name $body
    } finally {
        set node ""
    }
}

proc ::cdl::db::ReadTarget {name body} {
    variable cur
    variable tgt
    variable tgt_order
    variable file
    variable line
    if {[dict exists $tgt $name]} {
        return
    }
    set errors_before [::cdl::diag::errors]
    array unset cur
    array set cur {
        aliases {} alias_error 0 packages {} packages_seen 0
        enable {} disable {} set_value {} description "" description_seen 0
    }
    EvaluateBody $body target
    if {![llength $cur(aliases)] && !$cur(alias_error)} {
        Error "At least one alias should be supplied."
    }
    if {[::cdl::diag::errors] > $errors_before} {
        return
    }
    dict set tgt $name [dict create aliases $cur(aliases) \
        description $cur(description) packages $cur(packages) \
        enable $cur(enable) disable $cur(disable) \
        set_value $cur(set_value) context $file:$line]
    lappend tgt_order $name
    Record [list target $name [dict get $tgt $name]]
}

proc ::cdl::db::TargetAlias {args} {
    if {[llength $args] != 1} {
        AliasError "The alias command should be followed by a list of known aliases"
        return
    }
    AddAliases [lindex $args 0]
}

proc ::cdl::db::TargetPackages {args} {
    variable cur
    if {[llength $args] != 1} {
        Error "`packages' should be followed by a list of known packages."
        return
    }
    if {$cur(packages_seen)} {
        Warning "There should be only one list of packages."
    }
    set cur(packages_seen) 1
    AppendList packages [lindex $args 0]
}

proc ::cdl::db::TargetEnable {args} {
    if {[llength $args] != 1} {
        Error "`enable' should be followed by a list of CDL options."
        return
    }
    AppendList enable [lindex $args 0]
}

proc ::cdl::db::TargetDisable {args} {
    if {[llength $args] != 1} {
        Error "`disable' should be followed by a list of CDL options."
        return
    }
    AppendList disable [lindex $args 0]
}

proc ::cdl::db::TargetSetValue {args} {
    variable cur
    if {[llength $args] != 2} {
        Error "`set_value' should be followed by an option name and its value."
        return
    }
    lappend cur(set_value) {*}$args
}

proc ::cdl::db::TargetDescription {args} {
    if {[llength $args] != 1} {
        Error "The target description should be a single string."
        return
    }
    SetSingle description [lindex $args 0] \
        "A target should have only one description."
}

# Appends the elements of LIST to field FIELD of the current entry; a
# malformed list is reported with Tcl's own message.
proc ::cdl::db::AppendList {field list} {
    variable cur
    if {[catch {llength $list} message]} {
        Error $message
        return
    }
    lappend cur($field) {*}$list
}

# The -v consistency checks: every package a target lists should exist
# and be hardware-specific.
proc ::cdl::db::CheckTargets {} {
    variable tgt
    variable tgt_order
    variable pkg
    variable file
    variable line
    variable node
    foreach name $tgt_order {
        lassign [SplitContext [dict get $tgt $name context]] file line
        set node "target $name"
        foreach p [dict get $tgt $name packages] {
            set known [dict exists $pkg $p]
            if {!$known} {
                Warning "This target refers to an unknown package `$p'."
            }
            if {!$known || ![dict get $pkg $p hardware]} {
                Warning "This target refers to a package `$p' that is not hardware-specific."
            }
        }
    }
    set node ""
}

proc ::cdl::db::SplitContext {context} {
    regexp {^(.*):(\d+)$} $context -> path number
    list $path $number
}

# ---------------------------------------------------------------------------
# Package and target queries

proc ::cdl::db::packages {} {
    variable pkg_order
    return $pkg_order
}

proc ::cdl::db::has_package {name} {
    variable pkg
    dict exists $pkg $name
}

proc ::cdl::db::package {name field} {
    variable pkg
    if {![dict exists $pkg $name]} {
        return -code error -errorcode {CDL DB} "Unknown package $name"
    }
    if {$field ni {aliases directory script hardware description versions}} {
        return -code error -errorcode {CDL DB} "Unknown package field $field"
    }
    dict get $pkg $name $field
}

# The record of version VERSION of package NAME ("" = the newest).
proc ::cdl::db::Version {name version} {
    variable ver
    if {![dict exists $ver $name]} {
        return -code error -errorcode {CDL DB} "Unknown package $name"
    }
    if {$version eq ""} {
        set version [lindex [package $name versions] 0]
    }
    if {![dict exists $ver $name $version]} {
        return -code error -errorcode {CDL DB} \
            "Version $version of package $name is not installed."
    }
    dict get $ver $name $version
}

proc ::cdl::db::package_dir {name version} {
    dict get [Version $name $version] dir
}

proc ::cdl::db::package_path {name version} {
    dict get [Version $name $version] path
}

proc ::cdl::db::package_repo {name version} {
    dict get [Version $name $version] repo
}

proc ::cdl::db::script_path {name version} {
    dict get [Version $name $version] script
}

proc ::cdl::db::targets {} {
    variable tgt_order
    return $tgt_order
}

proc ::cdl::db::has_target {name} {
    variable tgt
    dict exists $tgt $name
}

proc ::cdl::db::target {name field} {
    variable tgt
    if {![dict exists $tgt $name]} {
        return -code error -errorcode {CDL DB} "Unknown target $name"
    }
    if {$field ni {aliases description packages enable disable set_value}} {
        return -code error -errorcode {CDL DB} "Unknown target field $field"
    }
    dict get $tgt $name $field
}

# Command-line names: the name itself, else the first entry in database
# order listing it as an alias, else unchanged (the caller reports it).
proc ::cdl::db::resolve_package {name} {
    variable pkg
    variable pkg_alias
    if {[dict exists $pkg $name]} {
        return $name
    }
    IndexAliases
    if {[dict exists $pkg_alias $name]} {
        return [dict get $pkg_alias $name]
    }
    return $name
}

proc ::cdl::db::resolve_target {name} {
    variable tgt
    variable tgt_alias
    if {[dict exists $tgt $name]} {
        return $name
    }
    IndexAliases
    if {[dict exists $tgt_alias $name]} {
        return [dict get $tgt_alias $name]
    }
    return $name
}

proc ::cdl::db::IndexAliases {} {
    variable alias_indexed
    if {$alias_indexed} {
        return
    }
    variable pkg
    variable pkg_order
    variable pkg_alias
    variable tgt
    variable tgt_order
    variable tgt_alias
    foreach name $pkg_order {
        foreach alias [dict get $pkg $name aliases] {
            if {![dict exists $pkg_alias $alias]} {
                dict set pkg_alias $alias $name
            }
        }
    }
    foreach name $tgt_order {
        foreach alias [dict get $tgt $name aliases] {
            if {![dict exists $tgt_alias $alias]} {
                dict set tgt_alias $alias $name
            }
        }
    }
    set alias_indexed 1
}

# ---------------------------------------------------------------------------
# Templates

# Finds <repo>/templates/T/V.ect in every repository, once per load; the
# first repository providing a given T/V wins.
proc ::cdl::db::ScanTemplates {} {
    variable tpl_scanned
    if {$tpl_scanned} {
        return
    }
    variable tpl
    variable absrepos
    foreach abs $absrepos {
        set dir [file join $abs templates]
        foreach path [lsort [glob -nocomplain -types f -directory $dir */*.ect]] {
            set filename [file tail $path]
            if {[string length $filename] <= 4} {
                continue
            }
            set name [file tail [file dirname $path]]
            set version [string range $filename 0 end-4]
            if {![dict exists $tpl $name $version]} {
                dict set tpl $name $version $path
            }
        }
    }
    set tpl_scanned 1
}

proc ::cdl::db::templates {} {
    variable tpl
    ScanTemplates
    lsort [dict keys $tpl]
}

proc ::cdl::db::has_template {name} {
    variable tpl
    ScanTemplates
    dict exists $tpl $name
}

proc ::cdl::db::template_versions {name} {
    variable tpl
    variable tpl_versions
    ScanTemplates
    if {![dict exists $tpl $name]} {
        return {}
    }
    if {![dict exists $tpl_versions $name]} {
        dict set tpl_versions $name \
            [::cdl::version::sort [dict keys [dict get $tpl $name]]]
    }
    dict get $tpl_versions $name
}

# The file of version VERSION of template NAME ("" = the newest).
proc ::cdl::db::template_file {name version} {
    variable tpl
    ScanTemplates
    if {![dict exists $tpl $name]} {
        return -code error -errorcode {CDL TEMPLATE} "Unknown template $name"
    }
    if {$version eq ""} {
        set version [lindex [template_versions $name] 0]
    }
    if {![dict exists $tpl $name $version]} {
        return -code error -errorcode {CDL TEMPLATE} \
            "Unknown version $version of template $name"
    }
    dict get $tpl $name $version
}

proc ::cdl::db::template_description {name version} {
    dict get [TemplateInfo $name $version] description
}

proc ::cdl::db::template_packages {name version} {
    dict get [TemplateInfo $name $version] packages
}

# The description and package list of a template file, read without
# loading anything (and cached): only the cdl_configuration command is
# looked at, and reading stops after it.
proc ::cdl::db::TemplateInfo {name version} {
    variable tpl_info
    set path [template_file $name $version]
    if {[dict exists $tpl_info $path]} {
        return [dict get $tpl_info $path]
    }
    if {[catch {::cdl::diag::read_file $path} script]} {
        return -code error -errorcode {CDL TEMPLATE} \
            "couldn't read file \"$path\": $script"
    }
    variable mode
    variable template [dict create description "" packages {} done 0]
    set mode template
    try {
        foreach {- command} [Commands $script 1] {
            interp eval [Child] $command
            if {[dict get $template done]} {
                break
            }
        }
    } on error {message} {
        return -code error -errorcode {CDL TEMPLATE} $message
    } finally {
        set mode top
    }
    set info [dict remove $template done]
    dict set tpl_info $path $info
    return $info
}

proc ::cdl::db::TemplateConfiguration {args} {
    variable mode
    variable template
    if {[llength $args] != 2} {
        return -code error -errorcode {CDL TEMPLATE} \
            "Invalid cdl_configuration command in template, expecting two arguments"
    }
    set mode configuration
    try {
        interp eval [Child] [lindex $args 1]
    } finally {
        set mode template
    }
    dict set template done 1
    return
}

proc ::cdl::db::TemplateDescription {args} {
    variable template
    if {[llength $args] != 1} {
        return -code error -errorcode {CDL TEMPLATE} \
            "Invalid description command in template, expecting just one argument"
    }
    dict set template description [lindex $args 0]
    return
}

# Only the first word counts as the package name (flags are not parsed).
proc ::cdl::db::TemplatePackage {args} {
    variable template
    if {[llength $args] < 1} {
        return -code error -errorcode {CDL TEMPLATE} \
            "Invalid package command in template, expecting two arguments"
    }
    dict lappend template packages [lindex $args 0]
    return
}

::cdl::db::Reset
