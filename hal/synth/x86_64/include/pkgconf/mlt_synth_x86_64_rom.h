#ifndef CYGONCE_PKGCONF_MLT_SYNTH_X86_64_ROM_H
#define CYGONCE_PKGCONF_MLT_SYNTH_X86_64_ROM_H
/*
 * Memory layout of the x86-64 Linux synthetic target.
 *
 * A synthetic target program is an ordinary Linux process. Its code, data
 * and stacks are placed by the host linker and the host kernel, and it
 * gets further memory from the host C library like any other program.
 * There is no fixed memory map, so this file describes no region: it
 * defines no CYGMEM_REGION_* or CYGMEM_SECTION_* macros. Code that sizes
 * itself from such macros must test for them with #ifdef.
 */
#endif /* CYGONCE_PKGCONF_MLT_SYNTH_X86_64_ROM_H */
