/* workers - the Cygnet demo: one producer thread hands numbered work
 * items to four worker threads through a mail box. Each worker takes the
 * next item, "works" on it for a few clock ticks (it sleeps, so the other
 * workers get their turn) and says so as it happens. Once every item is
 * done the producer prints how much of each thread's stack was used and
 * ends the program.
 *
 * It uses only the eCos-compatible kernel C API, so the same source
 * builds against any Cygnet configuration that has the C API. */

#include <cyg/kernel/kapi.h>
#include <cyg/infra/diag.h>
#include <cyg/hal/hal_arch.h>
#include <cyg/hal/hal_intr.h>

#include <stdarg.h>

#ifdef CYGFUN_KERNEL_API_C

#define NUMBER_OF_WORKERS   4
#define NUMBER_OF_ITEMS     20

/* Every thread has a priority of its own, so the demo also runs under the
 * bitmap scheduler, which allows one thread per priority level. The
 * producer sits above the workers: it refills the mail box as soon as a
 * worker has made room. */
#define PRODUCER_PRIORITY   5
#define WORKER_PRIORITY(i)  (6 + (i))

#if CYGNUM_KERNEL_SCHED_PRIORITIES < 7 + NUMBER_OF_WORKERS
# error "the demo needs more priority levels (CYGNUM_KERNEL_SCHED_PRIORITIES)"
#endif

#define STACK_SIZE          CYGNUM_HAL_STACK_SIZE_TYPICAL

struct work_item {
    int number;
    int ticks;              /* how long the work takes */
};

static struct work_item items[NUMBER_OF_ITEMS];
/* Told apart from real items by its address: each worker stops when it
 * takes one, so the producer sends one per worker at the end. */
static struct work_item no_more_work;

static char producer_stack[STACK_SIZE];
static char worker_stacks[NUMBER_OF_WORKERS][STACK_SIZE];
static cyg_thread producer_thread;
static cyg_thread worker_threads[NUMBER_OF_WORKERS];
static cyg_handle_t producer_handle;
static cyg_handle_t worker_handles[NUMBER_OF_WORKERS];
static char producer_name[] = "producer";
static char worker_names[NUMBER_OF_WORKERS][16];

static cyg_mbox work_box_storage;
static cyg_handle_t work_box;
static cyg_sem_t workers_finished;
/* Without it a worker woken by the clock would cut into the middle of a
 * line another worker is printing. */
static cyg_mutex_t output_lock;

#ifndef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
/* cyg_mbox_put is configured out: count the free places in the mail box
 * so that cyg_mbox_tryput never finds it full. */
static cyg_sem_t free_places;
#endif

/* ------------------------------------------------------------------ */

static void say(const char *who, const char *format, ...)
    CYGBLD_ATTRIB_PRINTF_FORMAT(2, 3);

static void say(const char *who, const char *format, ...)
{
    va_list args;

    cyg_mutex_lock(&output_lock);
#ifdef CYGVAR_KERNEL_COUNTERS_CLOCK
    diag_printf("[tick %3u] ", (unsigned)cyg_current_time());
#endif
    diag_printf("%s: ", who);
    va_start(args, format);
    diag_vprintf(format, args);
    va_end(args);
    diag_printf("\n");
    cyg_mutex_unlock(&output_lock);
}

static void hand_out(struct work_item *item)
{
#ifdef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    cyg_mbox_put(work_box, item);
#else
    cyg_semaphore_wait(&free_places);
    cyg_mbox_tryput(work_box, item);
#endif
}

static struct work_item *take_work(void)
{
    struct work_item *item = cyg_mbox_get(work_box);

#ifndef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    cyg_semaphore_post(&free_places);
#endif
    return item;
}

/* ------------------------------------------------------------------ */

static void worker(cyg_addrword_t data)
{
    const char *me = worker_names[data];
    int done = 0;
    struct work_item *item;

    while ((item = take_work()) != &no_more_work) {
        say(me, "item %d, working for %d ticks", item->number, item->ticks);
        cyg_thread_delay(item->ticks);
        say(me, "item %d done", item->number);
        done++;
    }
    say(me, "no more work; %d items done", done);
    cyg_semaphore_post(&workers_finished);
}

/* ------------------------------------------------------------------ */

/* `name` stands in when thread names are configured out. */
static void report_stack(cyg_handle_t thread, const char *name)
{
    cyg_thread_info info;

    if (!cyg_thread_get_info(thread, cyg_thread_get_id(thread), &info))
        return;
    if (info.name != NULL)
        name = info.name;
#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
    diag_printf("  %-12s %6u of %6u bytes\n", name,
                (unsigned)cyg_thread_measure_stack_usage(thread),
                (unsigned)info.stack_size);
#else
    diag_printf("  %-12s %6s of %6u bytes\n", name, "?",
                (unsigned)info.stack_size);
#endif
}

static void report_stacks(void)
{
    int i;

#ifdef CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT
    diag_printf("\nStack usage (deepest use so far):\n");
#else
    diag_printf("\nStack usage: measurement is configured out "
                "(CYGFUN_KERNEL_THREADS_STACK_MEASUREMENT)\n");
#endif
    report_stack(producer_handle, producer_name);
    for (i = 0; i < NUMBER_OF_WORKERS; i++)
        report_stack(worker_handles[i], worker_names[i]);
    report_stack(cyg_thread_idle_thread(), "idle thread");
}

static void end_program(void)
{
#ifdef CYGHWR_TEST_PROGRAM_EXIT
    CYGHWR_TEST_PROGRAM_EXIT();
#else
    /* Nowhere to return to: leave the processor to the idle thread. */
    cyg_thread_suspend(cyg_thread_self());
#endif
}

static void producer(cyg_addrword_t data)
{
    int i;

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (i = 0; i < NUMBER_OF_ITEMS; i++) {
        items[i].number = i + 1;
        items[i].ticks = 5 * (1 + (i * 7) % 4);
        hand_out(&items[i]);
        say(producer_name, "item %d queued", items[i].number);
    }
    say(producer_name, "all %d items queued", NUMBER_OF_ITEMS);
    for (i = 0; i < NUMBER_OF_WORKERS; i++)
        hand_out(&no_more_work);
    for (i = 0; i < NUMBER_OF_WORKERS; i++)
        cyg_semaphore_wait(&workers_finished);
    say(producer_name, "every worker has finished");
    report_stacks();
    end_program();
}

/* ------------------------------------------------------------------ */

void cyg_user_start(void)
{
    cyg_addrword_t i;

    diag_printf("Cygnet demo: 1 producer, %d workers, %d work items\n",
                NUMBER_OF_WORKERS, NUMBER_OF_ITEMS);
    cyg_mbox_create(&work_box, &work_box_storage);
    cyg_semaphore_init(&workers_finished, 0);
    cyg_mutex_init(&output_lock);
#ifndef CYGMFN_KERNEL_SYNCH_MBOXT_PUT_CAN_WAIT
    cyg_semaphore_init(&free_places, CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE);
#endif

    cyg_thread_create(PRODUCER_PRIORITY, producer, 0, producer_name,
                      producer_stack, sizeof producer_stack,
                      &producer_handle, &producer_thread);
    cyg_thread_resume(producer_handle);
    for (i = 0; i < NUMBER_OF_WORKERS; i++) {
        diag_snprintf(worker_names[i], sizeof worker_names[i],
                      "worker %d", (int)i);
        cyg_thread_create(WORKER_PRIORITY(i), worker, i, worker_names[i],
                          worker_stacks[i], sizeof worker_stacks[i],
                          &worker_handles[i], &worker_threads[i]);
        cyg_thread_resume(worker_handles[i]);
    }
    /* Returning lets the default cyg_start() start the scheduler. */
}

#else /* !CYGFUN_KERNEL_API_C */

void cyg_user_start(void)
{
    diag_printf("Cygnet demo: this configuration has no kernel C API "
                "(CYGFUN_KERNEL_API_C), nothing to show\n");
#ifdef CYGHWR_TEST_PROGRAM_EXIT
    CYGHWR_TEST_PROGRAM_EXIT();
#endif
}

#endif
