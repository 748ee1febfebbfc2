# Operations on a whole configuration: selecting the hardware, adding,
# removing and re-versioning packages (repository.md §5.3, §5.5).
namespace eval ::cdl::config {}

# Loads PKG (already alias-resolved) at its newest version.
proc ::cdl::config::load_newest {pkg} {
    set version [lindex [::cdl::db::package $pkg versions] 0]
    ::cdl::load::package $pkg $version
    return $version
}

# Replaces the hardware packages by those of TARGET and applies the
# target's enable/disable/set_value lists as user values.
proc ::cdl::config::set_hardware {target} {
    if {![::cdl::db::has_target $target]} {
        return -code error -errorcode {CDL TARGET} "Unknown target $target"
    }
    foreach pkg [lreverse [::cdl::model::packages]] {
        if {"hardware" in [::cdl::model::package_flags $pkg]} {
            ::cdl::model::remove_package $pkg
        }
    }
    ::cdl::model::set_config hardware ""
    foreach pkg [::cdl::db::target $target packages] {
        if {![::cdl::db::has_package $pkg]} {
            ::cdl::diag::report "Hardware selection" "" "" warning \
                "The target specification lists a package `$pkg' which is not present in the component repository."
            continue
        }
        if {[::cdl::model::exists $pkg]} { continue }
        load_newest $pkg
        ::cdl::model::add_package_flag $pkg hardware
    }
    ::cdl::model::set_config hardware $target
    ApplyTargetValues $target
}

proc ::cdl::config::ApplyTargetValues {target} {
    set node "target `$target'"
    foreach {list enabled word} {enable 1 enabled disable 0 disabled} {
        foreach opt [::cdl::db::target $target $list] {
            set first "The option `$opt' is supposed to be $word for this target."
            if {![::cdl::model::exists $opt]} {
                Warn $node "$first\nHowever this option is not in the current configuration."
            } elseif {[::cdl::model::flavor $opt] ni {bool booldata}} {
                Warn $node "$first\nHowever the option does not have a bool or booldata flavors."
            } else {
                ::cdl::model::set_value $opt user $enabled [::cdl::model::get_data $opt]
            }
        }
    }
    foreach {opt value} [::cdl::db::target $target set_value] {
        set first "The option `$opt' is supposed to be given the value `$value' for this target."
        if {![::cdl::model::exists $opt]} {
            Warn $node "$first\nHowever this option is not in the current configuration."
        } elseif {[::cdl::model::flavor $opt] ni {data booldata}} {
            Warn $node "$first\nHowever the option does not have a data or booldata flavor."
        } else {
            ::cdl::model::set_value $opt user 1 $value
        }
    }
}

proc ::cdl::config::Warn {node msg} {
    ::cdl::diag::report "Hardware selection" $node "" warning $msg
}

# Adds packages (alias-resolved) at their newest versions.
proc ::cdl::config::add_packages {names} {
    set pkgs {}
    foreach arg $names {
        set pkg [::cdl::db::resolve_package $arg]
        if {![::cdl::db::has_package $pkg]} {
            Error "Unknown package $arg"
        }
        if {[::cdl::model::exists $pkg]} {
            if {[::cdl::model::kind $pkg] eq "package"} {
                Error "Package `$pkg' is already loaded."
            }
            Error "Name clash for package `$pkg',there is a `[::cdl::model::class $pkg] $pkg' already loaded in package [::cdl::model::owner $pkg]"
        }
        lappend pkgs $pkg
    }
    foreach pkg $pkgs { load_newest $pkg }
}

# Removes loaded packages; every name is checked before anything changes.
proc ::cdl::config::remove_packages {names} {
    set pkgs {}
    foreach arg $names {
        set pkg [::cdl::db::resolve_package $arg]
        if {![::cdl::model::exists $pkg]} {
            if {[::cdl::model::exists $arg]} {
                set pkg $arg
            } else {
                Error "Unknown package $arg"
            }
        }
        set kind [::cdl::model::kind $pkg]
        if {$kind ne "package"} {
            set owner [::cdl::model::owner $pkg]
            Error [dict get [list \
                option "$pkg is an option within $owner, not a loadable package" \
                component "$pkg is a component of $owner, not a loadable package" \
                interface "$pkg is an interface within $owner, not a loadable package"] $kind]
        }
        lappend pkgs $pkg
    }
    foreach pkg $pkgs { ::cdl::model::remove_package $pkg }
}

# Reloads packages at VERSION (empty: newest).  As in eCos the package's
# values and flags do not survive the reload.
proc ::cdl::config::change_version {version names} {
    set work {}
    foreach arg $names {
        set pkg [::cdl::db::resolve_package $arg]
        if {![::cdl::model::exists $pkg] || [::cdl::model::kind $pkg] ne "package"} {
            Error "Cannot change version of \"$arg\" , this package is not loaded"
        }
        set v $version
        if {$v eq ""} { set v [lindex [::cdl::db::package $pkg versions] 0] }
        if {$v ni [::cdl::db::package $pkg versions]} {
            Error "Version $version of package $pkg is not installed."
        }
        lappend work $pkg $v
    }
    foreach {pkg v} $work {
        ::cdl::model::remove_package $pkg
        ::cdl::load::package $pkg $v
    }
}

proc ::cdl::config::Error {msg} {
    return -code error -errorcode {CDL CONFIG} $msg
}
