/* kphilo - dining philosophers: five threads share five mutex forks,
 * each taking its left then its right fork; a counting semaphore with
 * four seats keeps the circle from closing into a deadlock. Each eats a
 * fixed number of meals; neighbours never eat together; at the end every
 * meal was eaten, the seats and forks are all free again. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/testcase.h>
#include "testaux.h"

#if defined(CYGFUN_KERNEL_SYNCH_MUTEX) && defined(CYGFUN_KERNEL_THREADS_TIMER) \
    && defined(CYGNUM_KERNEL_SCHED_PRIORITIES) && (CYGNUM_KERNEL_SCHED_PRIORITIES >= 24)

#define PHILOSOPHERS    5
#define SEATS           (PHILOSOPHERS - 1)
#define MEALS           8
#define PRIO_PHILO0     10
#define PRIO_CONTROL    20

THREAD_SLOTS(PHILOSOPHERS);

static cyg_mutex_t forks[PHILOSOPHERS];
static cyg_sem_t seats;
static cyg_sem_t finished;

static volatile int eating[PHILOSOPHERS];
static volatile int meals[PHILOSOPHERS];
static volatile int seated, max_seated, eaters, max_eaters;

static int left_of(int i)
{
    return (i + PHILOSOPHERS - 1) % PHILOSOPHERS;
}

static int right_of(int i)
{
    return (i + 1) % PHILOSOPHERS;
}

static void sit_down(void)
{
    CHECK(cyg_semaphore_wait(&seats));
    seated++;
    if (seated > max_seated)
        max_seated = seated;
}

static void stand_up(void)
{
    seated--;
    cyg_semaphore_post(&seats);
}

/* Eating lasts a clock tick, so that others run meanwhile. */
static void eat(int me)
{
    CHECK(!eating[left_of(me)] && !eating[right_of(me)]);
    eating[me] = 1;
    eaters++;
    if (eaters > max_eaters)
        max_eaters = eaters;
    meals[me]++;
    cyg_thread_delay(1);
    CHECK(!eating[left_of(me)] && !eating[right_of(me)]);
    eaters--;
    eating[me] = 0;
}

static void philosopher(cyg_addrword_t data)
{
    int me = (int)data;
    cyg_mutex_t *first = &forks[me];
    cyg_mutex_t *second = &forks[right_of(me)];
    int meal;

    for (meal = 0; meal < MEALS; meal++) {
        sit_down();
        CHECK(cyg_mutex_lock(first));
        CHECK(cyg_mutex_lock(second));
        eat(me);
        cyg_mutex_unlock(second);
        cyg_mutex_unlock(first);
        stand_up();
        /* Think, for no time or for a tick. */
        if (meal & 1)
            cyg_thread_delay(1);
        else
            cyg_thread_yield();
    }
    cyg_semaphore_post(&finished);
}

static void control(cyg_addrword_t data)
{
    cyg_count32 free_seats;
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < PHILOSOPHERS; i++)
        CHECK(cyg_semaphore_wait(&finished));

    for (i = 0; i < PHILOSOPHERS; i++) {
        CHECK(meals[i] == MEALS);
        CHECK(!eating[i]);
        CHECK(cyg_mutex_trylock(&forks[i]));
        cyg_mutex_unlock(&forks[i]);
    }
    CHECK(max_seated <= SEATS);
    CHECK(max_eaters <= PHILOSOPHERS / 2);
    CHECK(seated == 0 && eaters == 0);
    cyg_semaphore_peek(&seats, &free_seats);
    CHECK(free_seats == SEATS);
    CYG_TEST_PASS_FINISH("Kernel C API dining philosophers OK");
}

externC void cyg_start(void)
{
    int i;

    CYG_TEST_INIT();
    for (i = 0; i < PHILOSOPHERS; i++)
        cyg_mutex_init(&forks[i]);
    cyg_semaphore_init(&seats, SEATS);
    cyg_semaphore_init(&finished, 0);

    start_watchdog();
    for (i = 0; i < PHILOSOPHERS; i++)
        START_SLOT(i, PRIO_PHILO0 + i, philosopher, i, "philosopher");
    run_main_thread(PRIO_CONTROL, control, "control");
}

#else

# ifndef CYGFUN_KERNEL_API_C
NA_MAIN("Kernel C API layer disabled")
# elif !defined(CYGFUN_KERNEL_SYNCH_MUTEX)
NA_MAIN("Mutexes disabled (CYGFUN_KERNEL_SYNCH_MUTEX)")
# elif !defined(CYGFUN_KERNEL_THREADS_TIMER)
NA_MAIN("Kernel threads timer disabled")
# else
NA_MAIN("Needs at least 24 scheduler priorities")
# endif

#endif
