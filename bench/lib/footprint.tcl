# The footprint of the kernel in a built tree: text, data and bss of the
# kernel package's objects, as `size' reports them, in libtarget.a and in
# libextras.a (the start-up objects every program links whole). Objects
# in those libraries are named <OBJECT_PREFIX>_<source>.o, the prefix
# being the package's, which its makefile in the tree records.

namespace eval ::footprint {}

# A dict text/data/bss of the kernel objects of the tree in DIR.
proc ::footprint::kernel {dir} {
    set prefix [ObjectPrefix [file join $dir kernel current makefile]]
    set mak [::trees::ecos_mak $dir]
    set size [dict get $mak ECOS_COMMAND_PREFIX]size
    set totals [dict create text 0 data 0 bss 0]
    foreach library {libtarget.a libextras.a} {
        set path [file join $dir install lib $library]
        foreach line [split [exec $size $path] \n] {
            # text data bss dec hex filename (ex library)
            if {[regexp {^\s*(\d+)\s+(\d+)\s+(\d+)\s+\d+\s+[0-9a-f]+\s+(\S+)} \
                     $line -> text data bss object]
                && [string match ${prefix}_*.o $object]} {
                dict incr totals text $text
                dict incr totals data $data
                dict incr totals bss $bss
            }
        }
    }
    if {[dict get $totals text] == 0} {
        error "no kernel objects (${prefix}_*.o) in $dir/install/lib"
    }
    return $totals
}

proc ::footprint::ObjectPrefix {makefile} {
    set fd [open $makefile]
    set text [read $fd]
    close $fd
    if {![regexp -line {^OBJECT_PREFIX := (\S+)$} $text -> prefix]} {
        error "no OBJECT_PREFIX in $makefile"
    }
    return $prefix
}
