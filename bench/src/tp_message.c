/* tp_message - message processing: one thread sends a 16-byte message
 * to a queue and receives it back. The kernel's mail boxes carry
 * pointers, so the queue is a mail box plus a ring of message slots as
 * long as the mail box: sending copies the message into the next slot
 * and puts the slot, receiving gets a slot and copies the message out.
 * Neither call waits (tryput, tryget), as there is always room and
 * always a message. One operation is one send and one receive. */

#include "bench_period.h"

#ifdef BENCH_PERIOD_APPLIES

#define PRIO_WORKER     10
#define SLOTS           CYGNUM_KERNEL_SYNCH_MBOX_QUEUE_SIZE

struct message {
    cyg_uint32 words[4];
};

_Static_assert(sizeof(struct message) == 16, "a message is 16 bytes");

static char stack[CYGNUM_HAL_STACK_SIZE_TYPICAL];
static struct bench_thread worker_thread;
static cyg_mbox mbox_object;
static cyg_handle_t mbox;
static struct message slots[SLOTS];
static cyg_uint32 next_slot;
static volatile cyg_uint32 exchanges;
static volatile cyg_uint32 errors;

static void send(const struct message *m)
{
    struct message *slot = &slots[next_slot];

    next_slot = (next_slot + 1) % SLOTS;
    *slot = *m;
    if (!cyg_mbox_tryput(mbox, slot))
        errors++;
}

static void receive(struct message *m)
{
    struct message *slot = cyg_mbox_tryget(mbox);

    if (slot == NULL)
        errors++;
    else
        *m = *slot;
}

static void worker(cyg_addrword_t data)
{
    struct message sent = { { 0x11111111u, 0x22222222u, 0x33333333u, 0 } };
    struct message received = { { 0 } };

    CYG_UNUSED_PARAM(cyg_addrword_t, data);
    for (;;) {
        sent.words[3]++;
        send(&sent);
        receive(&received);
        if (received.words[3] != sent.words[3]
            || received.words[0] != sent.words[0])
            errors++;
        exchanges++;
    }
}

static void check_results(void)
{
    CHECK(errors == 0);
}

static const struct bench_measure measure = {
    "message", &exchanges, 1, check_results,
    "message processing measured"
};

externC void cyg_start(void)
{
    CYG_TEST_INIT();
    cyg_mbox_create(&mbox, &mbox_object);
    bench_thread_start(&worker_thread, PRIO_WORKER, worker, 0,
                       stack, sizeof stack);
    bench_period_start(&measure);
}

#else

BENCH_NA_MAIN(BENCH_PERIOD_NA_REASON)

#endif
