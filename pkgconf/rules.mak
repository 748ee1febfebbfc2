# Cygnet build rules, included by the last line of every per-package
# makefile that `ecosconfig tree' generates (see the CDL specification,
# sections 13.3 and 13.4).  The including makefile has already set
# PREFIX, CC, AR, REPOSITORY, PACKAGE, OBJECT_PREFIX, CFLAGS, LDFLAGS,
# VPATH, INCLUDE_PATH, MLT and TESTS, and written the `build' rule, one
# `<library>.stamp' rule per library and the `headers' rule.
#
# Requires GNU make.  The rules here are safe under `make -j'.

.PHONY: default build clean tests headers mlt_headers

default: build

# Dependency rules recorded by earlier builds: one `<library>.deps' per
# library stamp and `tests.deps'.  The empty recipe stops make from
# searching for a way to remake them.
DEPS_FILES := $(wildcard *.deps)
ifneq ($(DEPS_FILES),)
include $(DEPS_FILES)
$(DEPS_FILES): ;
endif

# ---------------------------------------------------------------------
# Compiler flags
#
# -finit-priority and -fvtable-gc come from HAL CDL written for old
# compilers; current GCC rejects both.  The raised inlining limit keeps
# the inlining behaviour eCos sources were tuned for; OLDGCC=1 turns it
# off for compilers that predate the option.  `override' so that the
# adjustments also apply to a CFLAGS given on the make command line.
override CFLAGS := $(filter-out -finit-priority -fvtable-gc,$(CFLAGS))
ifneq ($(OLDGCC),1)
override CFLAGS := -finline-limit=7000 $(CFLAGS)
endif

# C and assembler sources must not see C++-only options (GCC warns, and
# -Werror turns that into a failure); C++ sources must not see the one
# C-only warning option.
C_ONLY_FLAGS   = $(filter-out -fno-rtti -frtti -Woverloaded-virtual -fvtable-gc,$(CFLAGS))
CXX_ONLY_FLAGS = $(filter-out -Wstrict-prototypes,$(CFLAGS))

# ---------------------------------------------------------------------
# Library objects
#
# x/y.c builds x/<OBJECT_PREFIX>_y.o: the prefix keeps objects of
# different packages with the same base name apart inside libtarget.a.
# The make target is the dependency file x/y.o.d, which the library
# stamp rule archives and concatenates into <library>.deps.
#
# The dependency file is the preprocessor's output with its first
# target renamed to x/y.o.d and lines holding nothing but a
# continuation backslash dropped, so that a changed header remakes
# x/y.o.d (and with it the object) on the next run.

# compile_lib FLAGS: the recipe for one library object.
define compile_lib
@mkdir -p $(dir $@)
$(CC) -c $(INCLUDE_PATH) -I$(dir $<) $(1) -Wp,-MD,$(@:.o.d=.tmp) -o $(dir $@)$(OBJECT_PREFIX)_$(notdir $(@:.o.d=.o)) $<
@sed -e '/^[[:space:]]*\\$$/d' -e '1s#^[^:]*:#$@:#' $(@:.o.d=.tmp) > $@.new && rm -f $(@:.o.d=.tmp) && mv -f $@.new $@
endef

# A header named in a dependency file may since have been deleted or
# moved.  Rather than stopping with "No rule to make target", treat it as
# changed: the object is recompiled, and the compiler either reports the
# include that is really missing or writes a fresh dependency file.
%.h %.hxx %.hpp %.inl %.inc: ;

# The package's exported headers must be installed before anything is
# compiled against $(PREFIX)/include; order-only, so that reinstalling
# a header does not by itself rebuild every object.
%.o.d: %.c | headers
	$(call compile_lib,$(C_ONLY_FLAGS))

%.o.d: %.S | headers
	$(call compile_lib,$(C_ONLY_FLAGS))

%.o.d: %.cxx | headers
	$(call compile_lib,$(CXX_ONLY_FLAGS))

%.o.d: %.cpp | headers
	$(call compile_lib,$(CXX_ONLY_FLAGS))

# ---------------------------------------------------------------------
# Test objects: tests/x.c builds tests/x.o (no prefix, tests are not
# archived) with the dependency file tests/x.d.

# compile_test FLAGS: the recipe for one test object.
define compile_test
@mkdir -p $(dir $@)
$(CC) -c $(INCLUDE_PATH) -I$(dir $<) $(1) -Wp,-MD,$(@:.d=.tmp) -o $(@:.d=.o) $<
@sed -e '/^[[:space:]]*\\$$/d' -e '1s#^[^:]*:#$@:#' $(@:.d=.tmp) > $@.new && rm -f $(@:.d=.tmp) && mv -f $@.new $@
endef

%.d: %.c | headers
	$(call compile_test,$(C_ONLY_FLAGS))

%.d: %.S | headers
	$(call compile_test,$(C_ONLY_FLAGS))

%.d: %.cxx | headers
	$(call compile_test,$(CXX_ONLY_FLAGS))

%.d: %.cpp | headers
	$(call compile_test,$(CXX_ONLY_FLAGS))

# ---------------------------------------------------------------------
# Test executables, linked against the installed libraries through the
# installed linker script.  The package's own library part is built
# first (order-only) so that `make -j build tests' cannot link against a
# half-written archive.  IGNORE_LINK_ERRORS=1 keeps going past tests
# that do not link in a given configuration.

LINK_IGNORE := $(if $(IGNORE_LINK_ERRORS),-)

$(PREFIX)/tests/$(PACKAGE)/%$(EXEEXT): %.d $(wildcard $(PREFIX)/lib/target.ld) $(wildcard $(PREFIX)/lib/*.[ao]) | build
	@mkdir -p $(dir $@)
	$(LINK_IGNORE)$(CC) -L$(PREFIX)/lib -Ttarget.ld -o $@ $(<:.d=.o) $(LDFLAGS)

TEST_NAMES := $(strip $(foreach t,$(TESTS),$(if $(filter %.c %.cxx %.cpp %.S,$(t)),$(basename $(t)),$(t))))

tests: tests.stamp

tests.stamp: $(foreach t,$(TEST_NAMES),$(t).d $(PREFIX)/tests/$(PACKAGE)/$(t)$(EXEEXT))
ifneq ($(TEST_NAMES),)
	@cat $(addsuffix .d,$(TEST_NAMES)) > $(@:.stamp=.deps)
endif
	@touch $@

# ---------------------------------------------------------------------
# Archiving
#
# Every package archives into the same $(PREFIX)/lib/libtarget.a, and
# `ar' rewrites the whole archive, so two packages archiving at the same
# time would lose objects.  The stamp rules written by the tool call
# $(AR); when flock(1) is available every $(AR) run holds a lock on
# $(PREFIX)/lib/.lock.  Found by walking PATH, to spare a shell per make.
FLOCK := $(firstword $(wildcard $(addsuffix /flock,$(subst :, ,$(PATH)))))
ifneq ($(FLOCK),)
ifeq ($(filter $(FLOCK),$(AR)),)
override AR := $(FLOCK) $(PREFIX)/lib/.lock $(AR)
endif
endif

# ---------------------------------------------------------------------
# Memory layout files of HAL platform packages, installed next to the
# generated configuration headers.

MLT_INSTALLED := $(addprefix $(PREFIX)/include/pkgconf/,$(notdir $(MLT)))

mlt_headers: $(MLT_INSTALLED)

# install_mlt SOURCE: the copy rule for one memory layout file.
define install_mlt
$(PREFIX)/include/pkgconf/$(notdir $(1)): $(1)
	@mkdir -p $$(dir $$@)
	@cp $$< $$@
	@chmod u+w $$@
endef
$(foreach f,$(MLT),$(eval $(call install_mlt,$(f))))

# ---------------------------------------------------------------------
# Everything in the package build directory except its makefile goes.
# Installed files under $(PREFIX) stay.

clean:
	@find . -mindepth 1 ! -path ./makefile -delete
