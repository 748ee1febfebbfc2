# The build tree (repository.md §6.1, cdl.md §13): one makefile per active
# package in <builddir>/<D>/<V> and the top-level <builddir>/makefile.
#
# Cygnet's own packages live directly in their ecos.db directory D (the
# version `current'); they still build in <D>/current so that build trees
# of both layouts look the same.  PACKAGE in a package makefile is the
# package's path inside its repository, so that $(REPOSITORY)/$(PACKAGE)
# is the real source directory in either layout.
namespace eval ::cdl::build {
    namespace export generate package_info

    variable header "# eCos makefile\n\n# This is a generated file - do not edit\n\n"
}

# Creates the build tree in BUILDDIR for install directory INSTALLDIR
# (written verbatim into the makefiles) and returns the makefiles written
# or left unchanged, the top-level one last.
proc ::cdl::build::generate {builddir installdir} {
    try {
        Generate $builddir $installdir
    } trap POSIX {msg} {
        # The tree cannot be written: the system's reason is all the user
        # needs.
        return -code error -errorcode {CDL BUILD} $msg
    }
}

proc ::cdl::build::Generate {builddir installdir} {
    file mkdir $builddir [file join $installdir lib] [file join $installdir include pkgconf]
    set infos {}
    foreach pkg [::cdl::model::packages] {
        if {[::cdl::model::is_active $pkg]} { lappend infos [package_info $pkg] }
    }
    set prefix [CommandPrefix]
    set written {}
    foreach i $infos {
        set dir [file join $builddir [dict get $i builddir]]
        file mkdir $dir
        set file [file join $dir makefile]
        write_if_changed $file [PackageMakefile $i $installdir $prefix]
        lappend written $file
    }
    set file [file join $builddir makefile]
    write_if_changed $file [TopMakefile $infos $installdir $prefix]
    lappend written $file
    RenewArchives $builddir $installdir [Archives $infos $installdir]
    return $written
}

# ------------------------------------------------------------- archives
#
# Every package archives its objects into the shared libraries of
# $(PREFIX)/lib, and `ar' only adds and replaces members. So that a
# library holds exactly the objects of the current configuration, each
# library's member set is named by a checksum, kept as the empty file
# <LIB>.<CHECKSUM>.fresh in the build directory. When a new tree changes
# the members, the tree writer deletes the library and the stamps of the
# packages archiving into it: the next make archives their objects anew
# (nothing is recompiled). While the members stay the same nothing is
# touched and the build stays incremental. The makefiles keep their
# layout (cdl.md 13.2, 13.3).

# Library -> {checksum {builddir ...}}: the packages archiving into each
# library of the configuration, in first-use order.
proc ::cdl::build::Archives {infos installdir} {
    set members [dict create]
    foreach i $infos {
        dict for {lib files} [Members $i] {
            dict lappend members $lib [dict get $i builddir] $files
        }
    }
    set archives [dict create]
    dict for {lib parts} $members {
        # The install directory counts: a new one needs every library anew.
        set text [list $installdir $lib $parts]
        set sum [format %08x%08x [zlib crc32 $text] [zlib adler32 $text]]
        dict set archives $lib [list $sum [dict keys $parts]]
    }
    return $archives
}

# Library -> the files of package I archived there (compiled sources, then
# make_object targets), libraries in first-use order.
proc ::cdl::build::Members {i} {
    set members [dict create]
    foreach c [dict get $i compiles] {
        dict lappend members [lindex $c 0] [lindex $c 1]
    }
    foreach r [dict get $i make_objects] {
        dict lappend members [dict get $r library] [dict get $r target]
    }
    return $members
}

# Brings the libraries of INSTALLDIR in line with ARCHIVES (see Archives)
# for the next make in BUILDDIR: a library whose members changed, or that
# the configuration no longer has, is deleted.
proc ::cdl::build::RenewArchives {builddir installdir archives} {
    set known [dict create]
    foreach fresh [glob -nocomplain -tails -directory $builddir *.fresh] {
        if {[regexp {^(.+)\.([0-9a-f]{16})\.fresh$} $fresh -> lib sum]} {
            dict set known $lib $sum
            if {![dict exists $archives $lib]} {
                file delete [file join $builddir $fresh] [file join $installdir lib $lib]
            }
        }
    }
    dict for {lib archive} $archives {
        lassign $archive sum dirs
        if {[dict exists $known $lib]} {
            if {[dict get $known $lib] eq $sum} { continue }
            file delete [file join $builddir $lib.[dict get $known $lib].fresh]
        }
        file delete [file join $installdir lib $lib]
        foreach dir $dirs { file delete [file join $builddir $dir $lib.stamp] }
        close [open [file join $builddir $lib.$sum.fresh] w]
    }
}

# Writes CONTENT to FILE through a temporary file, leaving FILE (and its
# timestamp) alone when it already holds exactly these bytes.
proc ::cdl::build::write_if_changed {file content} {
    set bytes [encoding convertto utf-8 $content]
    if {[file isfile $file]} {
        set f [open $file rb]
        set old [try { read $f } finally { close $f }]
        if {$old eq $bytes} { return 0 }
    }
    set temp [file join [file dirname $file] .[file tail $file].[pid].tmp]
    set f [open $temp wb]
    try {
        puts -nonewline $f $bytes
    } finally {
        close $f
    }
    file rename -force $temp $file
    return 1
}

# ------------------------------------------------------ build information

# What package PKG builds (cdl.md §13.1), as a dict:
#   name builddir path repository object_prefix cflags ldflags tests
#   compiles {{LIBRARY SOURCE} ...}
#   make_objects, makes: {{priority P library L target T deps D rules R} ...}
#     sorted by priority (stable), tokens substituted
#   headers {{SOURCE DEST} ...}
proc ::cdl::build::package_info {pkg} {
    set version [::cdl::model::package_version $pkg]
    set dir [::cdl::db::package $pkg directory]
    set path [::cdl::db::package_path $pkg $version]
    set srcdir [::cdl::db::package_dir $pkg $version]
    set builddir $path
    if {$path eq $dir} { set builddir $dir/$version }
    set library [::cdl::model::prop $pkg library libtarget.a]
    set compiles {}
    set seen [dict create]
    set make_objects {}
    set makes {}
    namespace upvar ::cdl::model P_compile P_compile \
        P_make_object P_make_object P_make P_make
    foreach node [::cdl::model::owned $pkg] {
        # Most nodes build nothing: their properties are looked at first.
        if {![info exists P_compile($node)] && ![info exists P_make_object($node)]
                && ![info exists P_make($node)]} {
            continue
        }
        if {![::cdl::model::is_active $node] || ![::cdl::model::is_enabled $node]} { continue }
        foreach occ [::cdl::model::prop $node compile] {
            set lib [dict get $occ library]
            if {$lib eq ""} { set lib $library }
            foreach f [dict get $occ files] {
                set entry [list $lib [SourcePath $srcdir $f]]
                if {![dict exists $seen $entry]} {
                    dict set seen $entry 1
                    lappend compiles $entry
                }
            }
        }
        foreach occ [::cdl::model::prop $node make_object] {
            if {[dict get $occ library] eq ""} { dict set occ library $library }
            lappend make_objects [Rule $occ]
        }
        foreach occ [::cdl::model::prop $node make] {
            lappend makes [Rule $occ]
        }
    }
    # Rules sort on their priority, the first key of each rule dict.
    dict create name $pkg builddir $builddir path $path \
        repository [Repository $pkg $version] \
        object_prefix [string map {/ _} $dir] \
        cflags [Flags $pkg CFLAGS] ldflags [Flags $pkg LDFLAGS] \
        tests [Tests $pkg] compiles $compiles \
        make_objects [lsort -integer -index 1 $make_objects] \
        makes [lsort -integer -index 1 $makes] \
        headers [Headers $pkg $srcdir]
}

# The repository holding the package, anchored so that makefiles running
# in the package build directories still find it.
proc ::cdl::build::Repository {pkg version} {
    set repo [::cdl::db::package_repo $pkg $version]
    if {[file pathtype $repo] ne "absolute"} { set repo [file normalize $repo] }
    return $repo
}

# Where a compiled file F is, relative to the package directory.
proc ::cdl::build::SourcePath {srcdir f} {
    if {[file exists [file join $srcdir src $f]]} { return src/$f }
    if {[file exists [file join $srcdir $f]]} { return $f }
    if {[file isdirectory [file join $srcdir src]]} { return src/$f }
    return $f
}

# A make or make_object occurrence with <PREFIX> and <PACKAGE> replaced.
proc ::cdl::build::Rule {occ} {
    set map {<PREFIX> $(PREFIX) <PACKAGE> $(REPOSITORY)/$(PACKAGE)}
    dict create priority [dict get $occ priority] library [dict get $occ library] \
        target [string map $map [dict get $occ target]] \
        deps [string map $map [dict get $occ deps]] \
        rules [lmap r [dict get $occ rules] {string map $map $r}]
}

# The data of option NAME, or "" when it is not loaded, has no data or
# is disabled.  Activity does not matter.
proc ::cdl::build::Data {name} {
    if {![::cdl::model::exists $name]
        || [::cdl::model::flavor $name] ni {data booldata}
        || ![::cdl::model::is_enabled $name]} {
        return ""
    }
    ::cdl::model::get_data $name
}

proc ::cdl::build::Words {text} {
    regexp -all -inline {\S+} $text
}

# Global flags minus <PKG>_<KIND>_REMOVE plus <PKG>_<KIND>_ADD.
proc ::cdl::build::Flags {pkg kind} {
    set remove [Words [Data ${pkg}_${kind}_REMOVE]]
    set words {}
    foreach w [Words [Data CYGBLD_GLOBAL_$kind]] {
        if {$w ni $remove} { lappend words $w }
    }
    lappend words {*}[Words [Data ${pkg}_${kind}_ADD]]
    join $words " "
}

proc ::cdl::build::CommandPrefix {} {
    set prefix [Data CYGBLD_GLOBAL_COMMAND_PREFIX]
    if {$prefix ne ""} { append prefix - }
    return $prefix
}

# The tests of PKG: its <PKG>_TESTS option when active and enabled.
proc ::cdl::build::Tests {pkg} {
    set option ${pkg}_TESTS
    if {![::cdl::model::exists $option] || ![::cdl::model::is_active $option]} { return "" }
    join [Words [Data $option]] " "
}

# Exported headers {SOURCE DEST}, SOURCE relative to the package
# directory, DEST relative to <install>/include.
proc ::cdl::build::Headers {pkg srcdir} {
    set prefix [::cdl::model::prop $pkg include_dir]
    if {$prefix ne ""} { append prefix / }
    set incdir [file join $srcdir include]
    set result {}
    if {[::cdl::model::has $pkg include_files]} {
        foreach f [concat {*}[::cdl::model::prop $pkg include_files]] {
            if {[file exists [file join $incdir $f]]} {
                set source include/$f
            } elseif {[file exists [file join $srcdir $f]]} {
                set source $f
            } elseif {[file isdirectory $incdir]} {
                set source include/$f
            } else {
                set source $f
            }
            set dest $source
            if {[string match include/* $source]} { set dest [string range $source 8 end] }
            lappend result [list $source $prefix$dest]
        }
    } elseif {[file isdirectory $incdir]} {
        foreach rel [FilesBelow $incdir ""] {
            if {[string match pkgconf/* $rel] || [string match *~ $rel]} { continue }
            lappend result [list include/$rel $prefix$rel]
        }
    } else {
        foreach rel [FilesBelow $srcdir ""] {
            if {[file extension $rel] in {.h .hxx .inl .inc}} {
                lappend result [list $rel $prefix$rel]
            }
        }
    }
    return $result
}

# Files below DIR as paths relative to it (prefixed with REL), sorted.
# Hidden files and directories are not part of a package.
proc ::cdl::build::FilesBelow {dir rel} {
    set files {}
    foreach name [glob -nocomplain -tails -directory $dir *] {
        set path [file join $dir $name]
        if {[file isdirectory $path]} {
            lappend files {*}[FilesBelow $path $rel$name/]
        } elseif {[file isfile $path]} {
            lappend files $rel$name
        }
    }
    lsort $files
}

# ------------------------------------------------------------ makefiles

proc ::cdl::build::TopMakefile {infos installdir prefix} {
    variable header
    set out $header
    append out "export HOST := UNIX\n"
    append out "export PREFIX := $installdir\n"
    append out "export COMMAND_PREFIX := $prefix\n"
    append out "export CC := \$(COMMAND_PREFIX)gcc\n"
    append out "export OBJCOPY := \$(COMMAND_PREFIX)objcopy\n"
    append out "export AR := \$(COMMAND_PREFIX)ar\n\n"
    append out ".PHONY: default build clean tests headers\n\n"

    # Custom `make' targets of all packages, stable-sorted by priority.
    set rules {}
    foreach i $infos {
        foreach r [dict get $i makes] {
            lappend rules [list [dict get $r priority] [dict get $i builddir] [dict get $r target]]
        }
    }
    set rules [lsort -integer -index 0 $rules]
    append out "build: headers \$(PREFIX)/include/pkgconf/ecos.mak\n"
    foreach r $rules {
        lassign $r priority dir target
        if {$priority < 100} { append out "\t\$(MAKE) -r -C $dir $target\n" }
    }
    foreach i $infos {
        append out "\t\$(MAKE) -r -C [dict get $i builddir] \$@\n"
    }
    foreach r $rules {
        lassign $r priority dir target
        if {$priority >= 100} { append out "\t\$(MAKE) -r -C $dir $target\n" }
    }
    append out "\t@echo \$@ finished\n\n"
    foreach {target deps} {clean "" tests " build" headers ""} {
        append out "$target:$deps\n"
        foreach i $infos {
            append out "\t\$(MAKE) -r -C [dict get $i builddir] \$@\n"
        }
        append out "\t@echo \$@ finished\n\n"
    }
    set cflags [join [Words [Data CYGBLD_GLOBAL_CFLAGS]] " "]
    set ldflags [join [Words [Data CYGBLD_GLOBAL_LDFLAGS]] " "]
    append out "\$(PREFIX)/include/pkgconf/ecos.mak: makefile\n"
    append out "\t@echo 'ECOS_GLOBAL_CFLAGS = $cflags' > \$@\n"
    append out "\t@echo 'ECOS_GLOBAL_LDFLAGS = $ldflags' >> \$@\n"
    append out "\t@echo 'ECOS_COMMAND_PREFIX = \$(COMMAND_PREFIX)' >> \$@\n\n"
    return $out
}

proc ::cdl::build::PackageMakefile {i installdir prefix} {
    variable header
    set out $header
    append out "export PREFIX := $installdir\n"
    append out "export COMMAND_PREFIX := $prefix\n"
    append out "export CC := \$(COMMAND_PREFIX)gcc\n"
    append out "export OBJCOPY := \$(COMMAND_PREFIX)objcopy\n"
    append out "export HOST := UNIX\n"
    append out "export AR := \$(COMMAND_PREFIX)ar\n\n"
    append out "export REPOSITORY := [dict get $i repository]\n"
    append out "PACKAGE := [dict get $i path]\n"
    append out "OBJECT_PREFIX := [dict get $i object_prefix]\n"
    append out "CFLAGS := [dict get $i cflags]\n"
    append out "LDFLAGS := [dict get $i ldflags]\n"
    append out "VPATH := \$(REPOSITORY)/\$(PACKAGE)\n"
    append out "INCLUDE_PATH := \$(INCLUDE_PATH) -I\$(PREFIX)/include \$(foreach dir,\$(VPATH),-I\$(dir) -I\$(dir)/src -I\$(dir)/tests) -I.\n"
    append out "MLT := \$(wildcard \$(REPOSITORY)/\$(PACKAGE)/include/pkgconf/mlt*.ldi \$(REPOSITORY)/\$(PACKAGE)/include/pkgconf/mlt*.h)\n"
    append out "TESTS := [dict get $i tests]\n\n"
    append out [Libraries $i]
    foreach r [dict get $i make_objects] {
        append out "[dict get $r target]: [dict get $r deps]\n[RuleText $r]"
    }
    foreach r [dict get $i makes] {
        append out "[dict get $r target]: \$(wildcard [dict get $r deps])\n[RuleText $r]"
    }
    append out "headers: mlt_headers"
    foreach h [dict get $i headers] {
        append out " \$(PREFIX)/include/[lindex $h 1]"
    }
    append out "\n\n"
    foreach h [dict get $i headers] {
        lassign $h source dest
        append out "\$(PREFIX)/include/$dest: \$(REPOSITORY)/\$(PACKAGE)/$source\n"
        append out "\t@mkdir -p \$(dir \$@)\n"
        append out "\t@cp \$< \$@\n"
        append out "\t@chmod u+w \$@\n\n"
    }
    append out "include \$(REPOSITORY)/pkgconf/rules.mak\n\n"
    return $out
}

# The rule lines, each newline-terminated, with a tab written at the
# start and after every newline (hence a last line holding only a tab),
# then a blank line.
proc ::cdl::build::RuleText {r} {
    set text "[join [dict get $r rules] \n]\n"
    return "\t[string map [list \n \n\t] $text]\n\n"
}

# The `build' rule and one archive section per library, libraries in
# first-use order (compiled sources, then make_object targets).
proc ::cdl::build::Libraries {i} {
    set members [Members $i]
    set out "build: headers"
    foreach lib [dict keys $members] { append out " $lib.stamp" }
    append out "\n\n"
    dict for {lib files} $members {
        append out "LIBRARY := $lib\n"
        append out "COMPILE := [join $files " "]\n"
        append out "OBJECTS := \$(COMPILE:.cxx=.o.d)\n"
        append out "OBJECTS := \$(OBJECTS:.cpp=.o.d)\n"
        append out "OBJECTS := \$(OBJECTS:.c=.o.d)\n"
        append out "OBJECTS := \$(OBJECTS:.S=.o.d)\n\n"
        append out "\$(LIBRARY).stamp: \$(OBJECTS)\n"
        append out "\t\$(AR) rcs \$(PREFIX)/lib/\$(@:.stamp=) \$(foreach obj,\$?,\$(if \$(obj:%.o=),\$(dir \$(obj))\$(OBJECT_PREFIX)_\$(notdir \$(obj:.o.d=.o)),\$(obj)))\n"
        append out "\t@cat \$(foreach obj,\$^,\$(obj:.o=.o.d)) > \$(@:.stamp=.deps)\n"
        append out "\t@touch \$@\n\n"
    }
    return $out
}
