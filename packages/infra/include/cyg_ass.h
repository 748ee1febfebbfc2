#ifndef CYGONCE_INFRA_CYG_ASS_H
#define CYGONCE_INFRA_CYG_ASS_H
/*
 * cyg_ass.h -- assertions
 *
 * Part of the Cygnet infrastructure package; eCos-compatible macros.
 * A disabled macro expands to an empty statement and does not evaluate
 * its arguments, so checks may be as expensive as they need to be.
 */

#include <pkgconf/infra.h>
#include <cyg/infra/cyg_type.h>

/* ------------------------------------------------------------------ */
/* Support functions: present whatever the options, because the kernel */
/* also reports fatal conditions through them in release builds.       */

externC void cyg_assert_fail( const char* /* psz_func */, const char* /* psz_file */,
                              cyg_uint32 /* linenum */, const char* /* psz_msg */ ) __THROW
    CYGBLD_ATTRIB_NORET CYGBLD_ATTRIB_WEAK;

externC void cyg_assert_msg( const char *psz_func, const char *psz_file,
                             cyg_uint32 linenum, const char *psz_msg ) __THROW;

externC cyg_bool cyg_check_data_ptr(const void *ptr);
externC cyg_bool cyg_check_func_ptr(void (*ptr)(void));

/* Forces a compilation error: '@' is not a C token. */
#define CYG_COMPILETIMEFAIL(_msg_) @@ compile-time failure: _msg_ @@

/* ------------------------------------------------------------------ */
/* Reporting a failure.                                                */

#ifdef CYGDBG_INFRA_DEBUG_FUNCTION_PSEUDOMACRO
# define CYG_ASSERT_FUNCNAME_ __PRETTY_FUNCTION__
#else
# define CYG_ASSERT_FUNCNAME_ ((const char *)0)
#endif

#ifdef CYGDBG_INFRA_DEBUG_ASSERT_MESSAGE
# define CYG_ASSERT_REPORT_(_msg_)                                          \
    CYG_MACRO_START                                                         \
        cyg_assert_msg(CYG_ASSERT_FUNCNAME_, __FILE__, __LINE__, (_msg_));  \
        cyg_assert_fail(CYG_ASSERT_FUNCNAME_, __FILE__, __LINE__, (_msg_)); \
    CYG_MACRO_END
#else
# define CYG_ASSERT_REPORT_(_msg_) \
    cyg_assert_fail(CYG_ASSERT_FUNCNAME_, __FILE__, __LINE__, (const char *)0)
#endif

#define CYG_ASSERT_IF_FALSE_(_cond_, _msg_)   \
    CYG_MACRO_START                         \
        if (!(_cond_))                      \
            CYG_ASSERT_REPORT_(_msg_);      \
    CYG_MACRO_END

/* ------------------------------------------------------------------ */
/* Plain assertions.                                                   */

#ifdef CYGDBG_USE_ASSERTS
# define CYG_FAIL(_msg_)            CYG_ASSERT_REPORT_(_msg_)
# define CYG_ASSERT(_cond_, _msg_)  CYG_ASSERT_IF_FALSE_(_cond_, _msg_)
# define CYG_ASSERTC(_cond_)        CYG_ASSERT_IF_FALSE_(_cond_, #_cond_)
# define CYG_CHECK_DATA_PTR(_ptr_, _msg_) \
    CYG_ASSERT_IF_FALSE_(cyg_check_data_ptr((const void *)(_ptr_)), _msg_)
# define CYG_CHECK_FUNC_PTR(_ptr_, _msg_) \
    CYG_ASSERT_IF_FALSE_(cyg_check_func_ptr((void (*)(void))(_ptr_)), _msg_)
#else
# define CYG_FAIL(_msg_)            CYG_EMPTY_STATEMENT
# define CYG_ASSERT(_cond_, _msg_)  CYG_EMPTY_STATEMENT
# define CYG_ASSERTC(_cond_)        CYG_EMPTY_STATEMENT
# define CYG_CHECK_DATA_PTR(_ptr_, _msg_) CYG_EMPTY_STATEMENT
# define CYG_CHECK_FUNC_PTR(_ptr_, _msg_) CYG_EMPTY_STATEMENT
#endif

#define CYG_CHECK_DATA_PTRC(_ptr_) \
    CYG_CHECK_DATA_PTR(_ptr_, "data pointer (" #_ptr_ ") is valid")
#define CYG_CHECK_FUNC_PTRC(_ptr_) \
    CYG_CHECK_FUNC_PTR(_ptr_, "function pointer (" #_ptr_ ") is valid")

/* ------------------------------------------------------------------ */
/* Design-by-contract checks, each with its own switch.                */

#if defined(CYGDBG_USE_ASSERTS) && defined(CYGDBG_INFRA_DEBUG_PRECONDITIONS)
# define CYG_PRECONDITION(_cond_, _msg_) CYG_ASSERT_IF_FALSE_(_cond_, _msg_)
# define CYG_PRECONDITIONC(_cond_) \
    CYG_ASSERT_IF_FALSE_(_cond_, "precondition " #_cond_)
#else
# define CYG_PRECONDITION(_cond_, _msg_) CYG_EMPTY_STATEMENT
# define CYG_PRECONDITIONC(_cond_)       CYG_EMPTY_STATEMENT
#endif

#if defined(CYGDBG_USE_ASSERTS) && defined(CYGDBG_INFRA_DEBUG_POSTCONDITIONS)
# define CYG_POSTCONDITION(_cond_, _msg_) CYG_ASSERT_IF_FALSE_(_cond_, _msg_)
# define CYG_POSTCONDITIONC(_cond_) \
    CYG_ASSERT_IF_FALSE_(_cond_, "postcondition " #_cond_)
#else
# define CYG_POSTCONDITION(_cond_, _msg_) CYG_EMPTY_STATEMENT
# define CYG_POSTCONDITIONC(_cond_)       CYG_EMPTY_STATEMENT
#endif

#if defined(CYGDBG_USE_ASSERTS) && defined(CYGDBG_INFRA_DEBUG_LOOP_INVARIANTS)
# define CYG_LOOP_INVARIANT(_cond_, _msg_) CYG_ASSERT_IF_FALSE_(_cond_, _msg_)
# define CYG_LOOP_INVARIANTC(_cond_) \
    CYG_ASSERT_IF_FALSE_(_cond_, "loop invariant " #_cond_)
#else
# define CYG_LOOP_INVARIANT(_cond_, _msg_) CYG_EMPTY_STATEMENT
# define CYG_LOOP_INVARIANTC(_cond_)       CYG_EMPTY_STATEMENT
#endif

/* No CDL option: a source file defines CYGDBG_INFRA_DEBUG_INVARIANTS
 * itself to have its invariants checked. */
#if defined(CYGDBG_USE_ASSERTS) && defined(CYGDBG_INFRA_DEBUG_INVARIANTS)
# define CYG_INVARIANT(_cond_, _msg_) CYG_ASSERT_IF_FALSE_(_cond_, _msg_)
# define CYG_INVARIANTC(_cond_) \
    CYG_ASSERT_IF_FALSE_(_cond_, "invariant (" #_cond_ ")")
#else
# define CYG_INVARIANT(_cond_, _msg_) CYG_EMPTY_STATEMENT
# define CYG_INVARIANTC(_cond_)       CYG_EMPTY_STATEMENT
#endif

/* ------------------------------------------------------------------ */
/* C++ class checks: a class offers                                    */
/*     bool check_this(cyg_assert_class_zeal zeal) const;              */
/* (declared by CYGDBG_DEFINE_CHECK_THIS) and the macros call it.      */

#ifdef __cplusplus

enum cyg_assert_class_zeal {
    cyg_system_test = -1,
    cyg_none        = 0,
    cyg_trivial,
    cyg_quick,
    cyg_thorough,
    cyg_extreme
};

#ifndef CYG_ASSERT_CLASS_ZEAL
# define CYG_ASSERT_CLASS_ZEAL (cyg_quick)
#endif

#define CYG_CLASS_VALID_(_pobj_) \
    ((0 != (_pobj_)) && (_pobj_)->check_this(CYG_ASSERT_CLASS_ZEAL))
#define CYG_CLASSO_VALID_(_obj_) ((_obj_).check_this(CYG_ASSERT_CLASS_ZEAL))
#define CYG_ZERO_OR_CLASS_VALID_(_pobj_) \
    ((0 == (_pobj_)) || (_pobj_)->check_this(CYG_ASSERT_CLASS_ZEAL))
#define CYG_THIS_VALID_() (this->check_this(CYG_ASSERT_CLASS_ZEAL))

#define CYG_CLASS_MSG_(_pobj_)         "class pointer (" #_pobj_ ") is valid"
#define CYG_CLASSO_MSG_(_obj_)         "object (" #_obj_ ") is valid"
#define CYG_ZERO_OR_CLASS_MSG_(_pobj_) "class pointer (" #_pobj_ ") is zero or valid"
#define CYG_THIS_MSG_                  "\"this\" pointer is valid"

#ifdef CYGDBG_USE_ASSERTS
# define CYGDBG_DEFINE_CHECK_THIS bool check_this(cyg_assert_class_zeal zeal) const;
#else
# define CYGDBG_DEFINE_CHECK_THIS
#endif

/* Each family below reuses the gate of its plain check, so a class check
 * is compiled in exactly when the corresponding plain check is. */
#define CYG_ASSERT_CLASS(_pobj_, _msg_)         CYG_ASSERT(CYG_CLASS_VALID_(_pobj_), _msg_)
#define CYG_ASSERTCLASS(_pobj_, _msg_)          CYG_ASSERT_CLASS(_pobj_, _msg_)
#define CYG_ASSERT_CLASSC(_pobj_)               CYG_ASSERT_CLASS(_pobj_, CYG_CLASS_MSG_(_pobj_))
#define CYG_ASSERTCLASSC(_pobj_)                CYG_ASSERT_CLASSC(_pobj_)
#define CYG_ASSERT_CLASSO(_obj_, _msg_)         CYG_ASSERT(CYG_CLASSO_VALID_(_obj_), _msg_)
#define CYG_ASSERTCLASSO(_obj_, _msg_)          CYG_ASSERT_CLASSO(_obj_, _msg_)
#define CYG_ASSERT_CLASSOC(_obj_)               CYG_ASSERT_CLASSO(_obj_, CYG_CLASSO_MSG_(_obj_))
#define CYG_ASSERTCLASSOC(_obj_)                CYG_ASSERT_CLASSOC(_obj_)
#define CYG_ASSERT_ZERO_OR_CLASS(_pobj_, _msg_) CYG_ASSERT(CYG_ZERO_OR_CLASS_VALID_(_pobj_), _msg_)
#define CYG_ASSERT_ZERO_OR_CLASSC(_pobj_)       CYG_ASSERT_ZERO_OR_CLASS(_pobj_, CYG_ZERO_OR_CLASS_MSG_(_pobj_))
#define CYG_ASSERT_THIS(_msg_)                  CYG_ASSERT(CYG_THIS_VALID_(), _msg_)
#define CYG_ASSERT_THISC()                      CYG_ASSERT_THIS(CYG_THIS_MSG_)

#define CYG_PRECONDITION_CLASS(_pobj_, _msg_)         CYG_PRECONDITION(CYG_CLASS_VALID_(_pobj_), _msg_)
#define CYG_PRECONDITION_CLASSC(_pobj_)               CYG_PRECONDITION_CLASS(_pobj_, CYG_CLASS_MSG_(_pobj_))
#define CYG_PRECONDITION_CLASSO(_obj_, _msg_)         CYG_PRECONDITION(CYG_CLASSO_VALID_(_obj_), _msg_)
#define CYG_PRECONDITION_CLASSOC(_obj_)               CYG_PRECONDITION_CLASSO(_obj_, CYG_CLASSO_MSG_(_obj_))
#define CYG_PRECONDITION_ZERO_OR_CLASS(_pobj_, _msg_) CYG_PRECONDITION(CYG_ZERO_OR_CLASS_VALID_(_pobj_), _msg_)
#define CYG_PRECONDITION_ZERO_OR_CLASSC(_pobj_)       CYG_PRECONDITION_ZERO_OR_CLASS(_pobj_, CYG_ZERO_OR_CLASS_MSG_(_pobj_))
#define CYG_PRECONDITION_THIS(_msg_)                  CYG_PRECONDITION(CYG_THIS_VALID_(), _msg_)
#define CYG_PRECONDITION_THISC()                      CYG_PRECONDITION_THIS(CYG_THIS_MSG_)

#define CYG_POSTCONDITION_CLASS(_pobj_, _msg_)         CYG_POSTCONDITION(CYG_CLASS_VALID_(_pobj_), _msg_)
#define CYG_POSTCONDITION_CLASSC(_pobj_)               CYG_POSTCONDITION_CLASS(_pobj_, CYG_CLASS_MSG_(_pobj_))
#define CYG_POSTCONDITION_CLASSO(_obj_, _msg_)         CYG_POSTCONDITION(CYG_CLASSO_VALID_(_obj_), _msg_)
#define CYG_POSTCONDITION_CLASSOC(_obj_)               CYG_POSTCONDITION_CLASSO(_obj_, CYG_CLASSO_MSG_(_obj_))
#define CYG_POSTCONDITION_ZERO_OR_CLASS(_pobj_, _msg_) CYG_POSTCONDITION(CYG_ZERO_OR_CLASS_VALID_(_pobj_), _msg_)
#define CYG_POSTCONDITION_ZERO_OR_CLASSC(_pobj_)       CYG_POSTCONDITION_ZERO_OR_CLASS(_pobj_, CYG_ZERO_OR_CLASS_MSG_(_pobj_))
#define CYG_POSTCONDITION_THIS(_msg_)                  CYG_POSTCONDITION(CYG_THIS_VALID_(), _msg_)
#define CYG_POSTCONDITION_THISC()                      CYG_POSTCONDITION_THIS(CYG_THIS_MSG_)

#define CYG_LOOP_INVARIANT_CLASS(_pobj_, _msg_)         CYG_LOOP_INVARIANT(CYG_CLASS_VALID_(_pobj_), _msg_)
#define CYG_LOOP_INVARIANT_CLASSC(_pobj_)               CYG_LOOP_INVARIANT_CLASS(_pobj_, CYG_CLASS_MSG_(_pobj_))
#define CYG_LOOP_INVARIANT_CLASSO(_obj_, _msg_)         CYG_LOOP_INVARIANT(CYG_CLASSO_VALID_(_obj_), _msg_)
#define CYG_LOOP_INVARIANT_CLASSOC(_obj_)               CYG_LOOP_INVARIANT_CLASSO(_obj_, CYG_CLASSO_MSG_(_obj_))
#define CYG_LOOP_INVARIANT_ZERO_OR_CLASS(_pobj_, _msg_) CYG_LOOP_INVARIANT(CYG_ZERO_OR_CLASS_VALID_(_pobj_), _msg_)
#define CYG_LOOP_INVARIANT_ZERO_OR_CLASSC(_pobj_)       CYG_LOOP_INVARIANT_ZERO_OR_CLASS(_pobj_, CYG_ZERO_OR_CLASS_MSG_(_pobj_))
#define CYG_LOOP_INVARIANT_THIS(_msg_)                  CYG_LOOP_INVARIANT(CYG_THIS_VALID_(), _msg_)
#define CYG_LOOP_INVARIANT_THISC()                      CYG_LOOP_INVARIANT_THIS(CYG_THIS_MSG_)

/* A class invariant holds for the whole of a scope: a guard object
 * checks it when the scope is entered and again when it is left,
 * whichever way that happens. */
#if defined(CYGDBG_USE_ASSERTS) && defined(CYGDBG_INFRA_DEBUG_INVARIANTS)

template <class T> class cyg_invariant_guard_ {
    const T *obj_;
    const char *func_;
    const char *file_;
    cyg_uint32 line_;
    const char *msg_;

    void check() const
    {
        if (!CYG_CLASS_VALID_(obj_)) {
            cyg_assert_msg(func_, file_, line_, msg_);
            cyg_assert_fail(func_, file_, line_, msg_);
        }
    }

public:
    cyg_invariant_guard_(const T *obj, const char *func, const char *file,
                         cyg_uint32 line, const char *msg)
        : obj_(obj), func_(func), file_(file), line_(line), msg_(msg)
    {
        check();
    }
    ~cyg_invariant_guard_() { check(); }
};

# define CYG_INVARIANT_GUARD_NAME2_(_line_) cyg_invariant_guard_at_##_line_
# define CYG_INVARIANT_GUARD_NAME_(_line_) CYG_INVARIANT_GUARD_NAME2_(_line_)
# define CYG_INVARIANT_CLASS(_type_, _pobj_, _msg_)                        \
    cyg_invariant_guard_<_type_> CYG_INVARIANT_GUARD_NAME_(__LINE__)(      \
        (_pobj_), CYG_ASSERT_FUNCNAME_, __FILE__, __LINE__, (_msg_))
#else
# define CYG_INVARIANT_CLASS(_type_, _pobj_, _msg_) CYG_EMPTY_STATEMENT
#endif

#define CYG_INVARIANT_CLASSC(_type_, _pobj_) \
    CYG_INVARIANT_CLASS(_type_, _pobj_, "invariant, " CYG_CLASS_MSG_(_pobj_))
#define CYG_INVARIANT_CLASSO(_type_, _obj_, _msg_) \
    CYG_INVARIANT_CLASS(_type_, &(_obj_), _msg_)
#define CYG_INVARIANT_CLASSOC(_type_, _obj_) \
    CYG_INVARIANT_CLASSO(_type_, _obj_, "invariant, " CYG_CLASSO_MSG_(_obj_))
#define CYG_INVARIANT_THIS(_type_, _msg_) CYG_INVARIANT_CLASS(_type_, this, _msg_)
#define CYG_INVARIANT_THISC(_type_) \
    CYG_INVARIANT_THIS(_type_, "invariant, " CYG_THIS_MSG_)

#endif /* __cplusplus */

#endif /* CYGONCE_INFRA_CYG_ASS_H */
