# A helper of prefill.tcl: reads packages into the CDL cache.
#   tclsh prefill-worker.tcl REPOSITORIES NAME VERSION ...
# Prints `done NAME' once it has finished with each package, cached or
# not; the diagnostics of a package that has any are printed too, and
# ignored: such a package is not cached, and is read again (and its
# diagnostics printed) by the process that loads the configuration.
# Each package is read alone, as the cache keeps it: names that another
# package also uses are for the loading process to report.
source [file join [file dirname [info script]] load.tcl]
::cdl::db::load [lindex $argv 0]
foreach {pkg version} [lrange $argv 1 end] {
    ::cdl::model::reset
    catch { ::cdl::load::package $pkg $version }
    puts "done $pkg"
    flush stdout
}
