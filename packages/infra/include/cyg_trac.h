#ifndef CYGONCE_INFRA_CYG_TRAC_H
#define CYGONCE_INFRA_CYG_TRAC_H
/*
 * cyg_trac.h -- tracing and function reports
 *
 * Part of the Cygnet infrastructure package; eCos-compatible macros.
 * Every macro is an empty statement, evaluating nothing, unless
 * CYGDBG_USE_TRACING is configured (and, for the CYG_REPORT family,
 * CYGDBG_INFRA_DEBUG_FUNCTION_REPORTS). Where the records go is chosen by
 * the CYGDBG_INFRA_DEBUG_TRACE_ASSERT_* options.
 *
 * Messages are diag_printf formats; their arguments are passed as
 * CYG_ADDRWORD values.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>

/* What a trace record reports. */
enum cyg_trace_what {
    cyg_trace_trace = 0,        /* a CYG_TRACE point */
    cyg_trace_enter,            /* entry to a reporting function */
    cyg_trace_args,             /* its arguments */
    cyg_trace_return            /* its exit, possibly with a value */
};

externC void cyg_tracemsg(cyg_uint32 what, const char *psz_func, const char *psz_file,
                          cyg_uint32 linenum, const char *psz_msg) __THROW;
externC void cyg_tracemsg2(cyg_uint32 what, const char *psz_func, const char *psz_file,
                           cyg_uint32 linenum, const char *psz_msg,
                           CYG_ADDRWORD arg0, CYG_ADDRWORD arg1) __THROW;
externC void cyg_tracemsg4(cyg_uint32 what, const char *psz_func, const char *psz_file,
                           cyg_uint32 linenum, const char *psz_msg,
                           CYG_ADDRWORD arg0, CYG_ADDRWORD arg1,
                           CYG_ADDRWORD arg2, CYG_ADDRWORD arg3) __THROW;
externC void cyg_tracemsg6(cyg_uint32 what, const char *psz_func, const char *psz_file,
                           cyg_uint32 linenum, const char *psz_msg,
                           CYG_ADDRWORD arg0, CYG_ADDRWORD arg1,
                           CYG_ADDRWORD arg2, CYG_ADDRWORD arg3,
                           CYG_ADDRWORD arg4, CYG_ADDRWORD arg5) __THROW;
externC void cyg_tracemsg8(cyg_uint32 what, const char *psz_func, const char *psz_file,
                           cyg_uint32 linenum, const char *psz_msg,
                           CYG_ADDRWORD arg0, CYG_ADDRWORD arg1,
                           CYG_ADDRWORD arg2, CYG_ADDRWORD arg3,
                           CYG_ADDRWORD arg4, CYG_ADDRWORD arg5,
                           CYG_ADDRWORD arg6, CYG_ADDRWORD arg7) __THROW;

/* Print the records held by the buffered implementation (oldest
 * first); the other implementations hold none. */
externC void cyg_trace_print(void) __THROW;
externC void cyg_trace_dump(void) __THROW;

/* A source file sets this before including the header to switch its
 * CYG_TRACEnB points on. */
#ifndef CYG_TRACE_USER_BOOL
# define CYG_TRACE_USER_BOOL (0)
#endif

#ifdef CYGDBG_USE_TRACING

#ifdef CYGDBG_INFRA_DEBUG_FUNCTION_PSEUDOMACRO
# define CYG_TRACE_FUNCNAME_ __PRETTY_FUNCTION__
#else
# define CYG_TRACE_FUNCNAME_ ((const char *)0)
#endif

#ifdef CYGDBG_INFRA_DEBUG_TRACE_MESSAGE
# define CYG_TRACE_MSG_(_msg_) (_msg_)
#else
# define CYG_TRACE_MSG_(_msg_) ((const char *)0)
#endif

#define CYG_TRACE_W_(_a_) ((CYG_ADDRWORD)(_a_))
#define CYG_TRACE_AT_(_func_) (_func_), __FILE__, __LINE__

#define CYG_TRACE_IF_(_bool_, _call_) \
    CYG_MACRO_START if (_bool_) _call_; CYG_MACRO_END

#define CYG_TRACE0(_bool_, _msg_) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_)))
#define CYG_TRACE1(_bool_, _msg_, a) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg2(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), 0))
#define CYG_TRACE2(_bool_, _msg_, a, b) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg2(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b)))
#define CYG_TRACE3(_bool_, _msg_, a, b, c) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg4(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), 0))
#define CYG_TRACE4(_bool_, _msg_, a, b, c, d) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg4(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d)))
#define CYG_TRACE5(_bool_, _msg_, a, b, c, d, e) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg6(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), 0))
#define CYG_TRACE6(_bool_, _msg_, a, b, c, d, e, f) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg6(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), CYG_TRACE_W_(f)))
#define CYG_TRACE7(_bool_, _msg_, a, b, c, d, e, f, g) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg8(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), CYG_TRACE_W_(f), CYG_TRACE_W_(g), 0))
#define CYG_TRACE8(_bool_, _msg_, a, b, c, d, e, f, g, h) CYG_TRACE_IF_(_bool_, \
    cyg_tracemsg8(cyg_trace_trace, CYG_TRACE_AT_(CYG_TRACE_FUNCNAME_), CYG_TRACE_MSG_(_msg_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), CYG_TRACE_W_(f), CYG_TRACE_W_(g), CYG_TRACE_W_(h)))

#define CYG_TRACE_DUMP()  cyg_trace_dump()
#define CYG_TRACE_PRINT() cyg_trace_print()

#else /* !CYGDBG_USE_TRACING */

#define CYG_TRACE0(_bool_, _msg_)                               CYG_EMPTY_STATEMENT
#define CYG_TRACE1(_bool_, _msg_, a)                            CYG_EMPTY_STATEMENT
#define CYG_TRACE2(_bool_, _msg_, a, b)                         CYG_EMPTY_STATEMENT
#define CYG_TRACE3(_bool_, _msg_, a, b, c)                      CYG_EMPTY_STATEMENT
#define CYG_TRACE4(_bool_, _msg_, a, b, c, d)                   CYG_EMPTY_STATEMENT
#define CYG_TRACE5(_bool_, _msg_, a, b, c, d, e)                CYG_EMPTY_STATEMENT
#define CYG_TRACE6(_bool_, _msg_, a, b, c, d, e, f)             CYG_EMPTY_STATEMENT
#define CYG_TRACE7(_bool_, _msg_, a, b, c, d, e, f, g)          CYG_EMPTY_STATEMENT
#define CYG_TRACE8(_bool_, _msg_, a, b, c, d, e, f, g, h)       CYG_EMPTY_STATEMENT

#define CYG_TRACE_DUMP()  CYG_EMPTY_STATEMENT
#define CYG_TRACE_PRINT() CYG_EMPTY_STATEMENT

#endif /* CYGDBG_USE_TRACING */

/* The B forms take their switch from CYG_TRACE_USER_BOOL. */
#define CYG_TRACE0B(_msg_)                          CYG_TRACE0(CYG_TRACE_USER_BOOL, _msg_)
#define CYG_TRACE1B(_msg_, a)                       CYG_TRACE1(CYG_TRACE_USER_BOOL, _msg_, a)
#define CYG_TRACE2B(_msg_, a, b)                    CYG_TRACE2(CYG_TRACE_USER_BOOL, _msg_, a, b)
#define CYG_TRACE3B(_msg_, a, b, c)                 CYG_TRACE3(CYG_TRACE_USER_BOOL, _msg_, a, b, c)
#define CYG_TRACE4B(_msg_, a, b, c, d)              CYG_TRACE4(CYG_TRACE_USER_BOOL, _msg_, a, b, c, d)
#define CYG_TRACE5B(_msg_, a, b, c, d, e)           CYG_TRACE5(CYG_TRACE_USER_BOOL, _msg_, a, b, c, d, e)
#define CYG_TRACE6B(_msg_, a, b, c, d, e, f)        CYG_TRACE6(CYG_TRACE_USER_BOOL, _msg_, a, b, c, d, e, f)
#define CYG_TRACE7B(_msg_, a, b, c, d, e, f, g)     CYG_TRACE7(CYG_TRACE_USER_BOOL, _msg_, a, b, c, d, e, f, g)
#define CYG_TRACE8B(_msg_, a, b, c, d, e, f, g, h)  CYG_TRACE8(CYG_TRACE_USER_BOOL, _msg_, a, b, c, d, e, f, g, h)

/* ------------------------------------------------------------------ */
/* Function reports. CYG_REPORT_FUNCTION() or one of its named/typed   */
/* forms opens the function (it declares the locals the other report   */
/* macros use, so it comes first); CYG_REPORT_RETURN() or              */
/* CYG_REPORT_RETVAL(v) closes it.                                     */

#if defined(CYGDBG_USE_TRACING) && defined(CYGDBG_INFRA_DEBUG_FUNCTION_REPORTS)

#define CYG_REPORT_FUNCNAMETYPE(_name_, _exitmsg_)                              \
    const char *const cyg_report_func_ CYGBLD_ATTRIB_UNUSED = (_name_);         \
    const char *const cyg_report_retfmt_ CYGBLD_ATTRIB_UNUSED = CYG_TRACE_MSG_(_exitmsg_); \
    cyg_tracemsg(cyg_trace_enter, CYG_TRACE_AT_(cyg_report_func_), (const char *)0)

#define CYG_REPORT_ARGS_(_call_) CYG_MACRO_START _call_; CYG_MACRO_END

#define CYG_REPORT_FUNCARG1(_fmt_, a) CYG_REPORT_ARGS_(                         \
    cyg_tracemsg2(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), 0))
#define CYG_REPORT_FUNCARG2(_fmt_, a, b) CYG_REPORT_ARGS_(                      \
    cyg_tracemsg2(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b)))
#define CYG_REPORT_FUNCARG3(_fmt_, a, b, c) CYG_REPORT_ARGS_(                   \
    cyg_tracemsg4(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), 0))
#define CYG_REPORT_FUNCARG4(_fmt_, a, b, c, d) CYG_REPORT_ARGS_(                \
    cyg_tracemsg4(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d)))
#define CYG_REPORT_FUNCARG5(_fmt_, a, b, c, d, e) CYG_REPORT_ARGS_(             \
    cyg_tracemsg6(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), 0))
#define CYG_REPORT_FUNCARG6(_fmt_, a, b, c, d, e, f) CYG_REPORT_ARGS_(          \
    cyg_tracemsg6(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), CYG_TRACE_W_(f)))
#define CYG_REPORT_FUNCARG7(_fmt_, a, b, c, d, e, f, g) CYG_REPORT_ARGS_(       \
    cyg_tracemsg8(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), CYG_TRACE_W_(f), CYG_TRACE_W_(g), 0))
#define CYG_REPORT_FUNCARG8(_fmt_, a, b, c, d, e, f, g, h) CYG_REPORT_ARGS_(    \
    cyg_tracemsg8(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_(_fmt_), \
                  CYG_TRACE_W_(a), CYG_TRACE_W_(b), CYG_TRACE_W_(c), CYG_TRACE_W_(d), \
                  CYG_TRACE_W_(e), CYG_TRACE_W_(f), CYG_TRACE_W_(g), CYG_TRACE_W_(h)))
#define CYG_REPORT_FUNCARGVOID() CYG_REPORT_ARGS_(                              \
    cyg_tracemsg(cyg_trace_args, CYG_TRACE_AT_(cyg_report_func_), CYG_TRACE_MSG_("void")))

#define CYG_REPORT_RETURN() CYG_REPORT_ARGS_(                                   \
    cyg_tracemsg(cyg_trace_return, CYG_TRACE_AT_(cyg_report_func_), (const char *)0))
#define CYG_REPORT_RETVAL(_value_) CYG_REPORT_ARGS_(                            \
    cyg_tracemsg2(cyg_trace_return, CYG_TRACE_AT_(cyg_report_func_), cyg_report_retfmt_, \
                  CYG_TRACE_W_(_value_), 0))

#else /* no function reports */

#define CYG_REPORT_FUNCNAMETYPE(_name_, _exitmsg_)              CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG1(_fmt_, a)                           CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG2(_fmt_, a, b)                        CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG3(_fmt_, a, b, c)                     CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG4(_fmt_, a, b, c, d)                  CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG5(_fmt_, a, b, c, d, e)               CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG6(_fmt_, a, b, c, d, e, f)            CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG7(_fmt_, a, b, c, d, e, f, g)         CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARG8(_fmt_, a, b, c, d, e, f, g, h)      CYG_EMPTY_STATEMENT
#define CYG_REPORT_FUNCARGVOID()                                CYG_EMPTY_STATEMENT
#define CYG_REPORT_RETURN()                                     CYG_EMPTY_STATEMENT
#define CYG_REPORT_RETVAL(_value_)                              CYG_EMPTY_STATEMENT

#endif /* function reports */

/* The value of CYG_REPORT_RETVAL is shown in hex unless a type (an
 * exit format) is given. */
#define CYG_REPORT_FUNCTION()             CYG_REPORT_FUNCNAMETYPE(CYG_TRACE_FUNCNAME_, "%08x")
#define CYG_REPORT_FUNCNAME(_name_)       CYG_REPORT_FUNCNAMETYPE(_name_, "%08x")
#define CYG_REPORT_FUNCTYPE(_exitmsg_)    CYG_REPORT_FUNCNAMETYPE(CYG_TRACE_FUNCNAME_, _exitmsg_)

/* Shorthands: X shows arguments as 8 hex digits, D in decimal, Y in hex
 * without padding; the V forms also name each argument. */
#define CYG_REPORT_FUNCARG1X(_a1_) CYG_REPORT_FUNCARG1("%08x", _a1_)
#define CYG_REPORT_FUNCARG1D(_a1_) CYG_REPORT_FUNCARG1("%d", _a1_)
#define CYG_REPORT_FUNCARG1Y(_a1_) CYG_REPORT_FUNCARG1("%x", _a1_)
#define CYG_REPORT_FUNCARG1XV(_a1_) CYG_REPORT_FUNCARG1(#_a1_ "=%08x", _a1_)
#define CYG_REPORT_FUNCARG1DV(_a1_) CYG_REPORT_FUNCARG1(#_a1_ "=%d", _a1_)
#define CYG_REPORT_FUNCARG1YV(_a1_) CYG_REPORT_FUNCARG1(#_a1_ "=%x", _a1_)
#define CYG_REPORT_FUNCARG2X(_a1_,_a2_) CYG_REPORT_FUNCARG2("%08x %08x", _a1_,_a2_)
#define CYG_REPORT_FUNCARG2D(_a1_,_a2_) CYG_REPORT_FUNCARG2("%d %d", _a1_,_a2_)
#define CYG_REPORT_FUNCARG2Y(_a1_,_a2_) CYG_REPORT_FUNCARG2("%x %x", _a1_,_a2_)
#define CYG_REPORT_FUNCARG2XV(_a1_,_a2_) CYG_REPORT_FUNCARG2(#_a1_ "=%08x" " " #_a2_ "=%08x", _a1_,_a2_)
#define CYG_REPORT_FUNCARG2DV(_a1_,_a2_) CYG_REPORT_FUNCARG2(#_a1_ "=%d" " " #_a2_ "=%d", _a1_,_a2_)
#define CYG_REPORT_FUNCARG2YV(_a1_,_a2_) CYG_REPORT_FUNCARG2(#_a1_ "=%x" " " #_a2_ "=%x", _a1_,_a2_)
#define CYG_REPORT_FUNCARG3X(_a1_,_a2_,_a3_) CYG_REPORT_FUNCARG3("%08x %08x %08x", _a1_,_a2_,_a3_)
#define CYG_REPORT_FUNCARG3D(_a1_,_a2_,_a3_) CYG_REPORT_FUNCARG3("%d %d %d", _a1_,_a2_,_a3_)
#define CYG_REPORT_FUNCARG3Y(_a1_,_a2_,_a3_) CYG_REPORT_FUNCARG3("%x %x %x", _a1_,_a2_,_a3_)
#define CYG_REPORT_FUNCARG3XV(_a1_,_a2_,_a3_) CYG_REPORT_FUNCARG3(#_a1_ "=%08x" " " #_a2_ "=%08x" " " #_a3_ "=%08x", _a1_,_a2_,_a3_)
#define CYG_REPORT_FUNCARG3DV(_a1_,_a2_,_a3_) CYG_REPORT_FUNCARG3(#_a1_ "=%d" " " #_a2_ "=%d" " " #_a3_ "=%d", _a1_,_a2_,_a3_)
#define CYG_REPORT_FUNCARG3YV(_a1_,_a2_,_a3_) CYG_REPORT_FUNCARG3(#_a1_ "=%x" " " #_a2_ "=%x" " " #_a3_ "=%x", _a1_,_a2_,_a3_)
#define CYG_REPORT_FUNCARG4X(_a1_,_a2_,_a3_,_a4_) CYG_REPORT_FUNCARG4("%08x %08x %08x %08x", _a1_,_a2_,_a3_,_a4_)
#define CYG_REPORT_FUNCARG4D(_a1_,_a2_,_a3_,_a4_) CYG_REPORT_FUNCARG4("%d %d %d %d", _a1_,_a2_,_a3_,_a4_)
#define CYG_REPORT_FUNCARG4Y(_a1_,_a2_,_a3_,_a4_) CYG_REPORT_FUNCARG4("%x %x %x %x", _a1_,_a2_,_a3_,_a4_)
#define CYG_REPORT_FUNCARG4XV(_a1_,_a2_,_a3_,_a4_) CYG_REPORT_FUNCARG4(#_a1_ "=%08x" " " #_a2_ "=%08x" " " #_a3_ "=%08x" " " #_a4_ "=%08x", _a1_,_a2_,_a3_,_a4_)
#define CYG_REPORT_FUNCARG4DV(_a1_,_a2_,_a3_,_a4_) CYG_REPORT_FUNCARG4(#_a1_ "=%d" " " #_a2_ "=%d" " " #_a3_ "=%d" " " #_a4_ "=%d", _a1_,_a2_,_a3_,_a4_)
#define CYG_REPORT_FUNCARG4YV(_a1_,_a2_,_a3_,_a4_) CYG_REPORT_FUNCARG4(#_a1_ "=%x" " " #_a2_ "=%x" " " #_a3_ "=%x" " " #_a4_ "=%x", _a1_,_a2_,_a3_,_a4_)
#define CYG_REPORT_FUNCARG5X(_a1_,_a2_,_a3_,_a4_,_a5_) CYG_REPORT_FUNCARG5("%08x %08x %08x %08x %08x", _a1_,_a2_,_a3_,_a4_,_a5_)
#define CYG_REPORT_FUNCARG5D(_a1_,_a2_,_a3_,_a4_,_a5_) CYG_REPORT_FUNCARG5("%d %d %d %d %d", _a1_,_a2_,_a3_,_a4_,_a5_)
#define CYG_REPORT_FUNCARG5Y(_a1_,_a2_,_a3_,_a4_,_a5_) CYG_REPORT_FUNCARG5("%x %x %x %x %x", _a1_,_a2_,_a3_,_a4_,_a5_)
#define CYG_REPORT_FUNCARG5XV(_a1_,_a2_,_a3_,_a4_,_a5_) CYG_REPORT_FUNCARG5(#_a1_ "=%08x" " " #_a2_ "=%08x" " " #_a3_ "=%08x" " " #_a4_ "=%08x" " " #_a5_ "=%08x", _a1_,_a2_,_a3_,_a4_,_a5_)
#define CYG_REPORT_FUNCARG5DV(_a1_,_a2_,_a3_,_a4_,_a5_) CYG_REPORT_FUNCARG5(#_a1_ "=%d" " " #_a2_ "=%d" " " #_a3_ "=%d" " " #_a4_ "=%d" " " #_a5_ "=%d", _a1_,_a2_,_a3_,_a4_,_a5_)
#define CYG_REPORT_FUNCARG5YV(_a1_,_a2_,_a3_,_a4_,_a5_) CYG_REPORT_FUNCARG5(#_a1_ "=%x" " " #_a2_ "=%x" " " #_a3_ "=%x" " " #_a4_ "=%x" " " #_a5_ "=%x", _a1_,_a2_,_a3_,_a4_,_a5_)
#define CYG_REPORT_FUNCARG6X(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_) CYG_REPORT_FUNCARG6("%08x %08x %08x %08x %08x %08x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_)
#define CYG_REPORT_FUNCARG6D(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_) CYG_REPORT_FUNCARG6("%d %d %d %d %d %d", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_)
#define CYG_REPORT_FUNCARG6Y(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_) CYG_REPORT_FUNCARG6("%x %x %x %x %x %x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_)
#define CYG_REPORT_FUNCARG6XV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_) CYG_REPORT_FUNCARG6(#_a1_ "=%08x" " " #_a2_ "=%08x" " " #_a3_ "=%08x" " " #_a4_ "=%08x" " " #_a5_ "=%08x" " " #_a6_ "=%08x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_)
#define CYG_REPORT_FUNCARG6DV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_) CYG_REPORT_FUNCARG6(#_a1_ "=%d" " " #_a2_ "=%d" " " #_a3_ "=%d" " " #_a4_ "=%d" " " #_a5_ "=%d" " " #_a6_ "=%d", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_)
#define CYG_REPORT_FUNCARG6YV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_) CYG_REPORT_FUNCARG6(#_a1_ "=%x" " " #_a2_ "=%x" " " #_a3_ "=%x" " " #_a4_ "=%x" " " #_a5_ "=%x" " " #_a6_ "=%x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_)
#define CYG_REPORT_FUNCARG7X(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_) CYG_REPORT_FUNCARG7("%08x %08x %08x %08x %08x %08x %08x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_)
#define CYG_REPORT_FUNCARG7D(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_) CYG_REPORT_FUNCARG7("%d %d %d %d %d %d %d", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_)
#define CYG_REPORT_FUNCARG7Y(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_) CYG_REPORT_FUNCARG7("%x %x %x %x %x %x %x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_)
#define CYG_REPORT_FUNCARG7XV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_) CYG_REPORT_FUNCARG7(#_a1_ "=%08x" " " #_a2_ "=%08x" " " #_a3_ "=%08x" " " #_a4_ "=%08x" " " #_a5_ "=%08x" " " #_a6_ "=%08x" " " #_a7_ "=%08x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_)
#define CYG_REPORT_FUNCARG7DV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_) CYG_REPORT_FUNCARG7(#_a1_ "=%d" " " #_a2_ "=%d" " " #_a3_ "=%d" " " #_a4_ "=%d" " " #_a5_ "=%d" " " #_a6_ "=%d" " " #_a7_ "=%d", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_)
#define CYG_REPORT_FUNCARG7YV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_) CYG_REPORT_FUNCARG7(#_a1_ "=%x" " " #_a2_ "=%x" " " #_a3_ "=%x" " " #_a4_ "=%x" " " #_a5_ "=%x" " " #_a6_ "=%x" " " #_a7_ "=%x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_)
#define CYG_REPORT_FUNCARG8X(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_) CYG_REPORT_FUNCARG8("%08x %08x %08x %08x %08x %08x %08x %08x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_)
#define CYG_REPORT_FUNCARG8D(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_) CYG_REPORT_FUNCARG8("%d %d %d %d %d %d %d %d", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_)
#define CYG_REPORT_FUNCARG8Y(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_) CYG_REPORT_FUNCARG8("%x %x %x %x %x %x %x %x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_)
#define CYG_REPORT_FUNCARG8XV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_) CYG_REPORT_FUNCARG8(#_a1_ "=%08x" " " #_a2_ "=%08x" " " #_a3_ "=%08x" " " #_a4_ "=%08x" " " #_a5_ "=%08x" " " #_a6_ "=%08x" " " #_a7_ "=%08x" " " #_a8_ "=%08x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_)
#define CYG_REPORT_FUNCARG8DV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_) CYG_REPORT_FUNCARG8(#_a1_ "=%d" " " #_a2_ "=%d" " " #_a3_ "=%d" " " #_a4_ "=%d" " " #_a5_ "=%d" " " #_a6_ "=%d" " " #_a7_ "=%d" " " #_a8_ "=%d", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_)
#define CYG_REPORT_FUNCARG8YV(_a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_) CYG_REPORT_FUNCARG8(#_a1_ "=%x" " " #_a2_ "=%x" " " #_a3_ "=%x" " " #_a4_ "=%x" " " #_a5_ "=%x" " " #_a6_ "=%x" " " #_a7_ "=%x" " " #_a8_ "=%x", _a1_,_a2_,_a3_,_a4_,_a5_,_a6_,_a7_,_a8_)

#endif /* CYGONCE_INFRA_CYG_TRAC_H */
