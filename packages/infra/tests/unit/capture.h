#ifndef CYGNET_INFRA_UNIT_CAPTURE_H
#define CYGNET_INFRA_UNIT_CAPTURE_H
/*
 * capture.h -- running a piece of Cygnet code and collecting what it
 * writes to the diagnostic channel
 *
 * Shared by the host unit tests of the infrastructure package. On the
 * synthetic target the channel is the process's standard output, and
 * the test-exit macros end the process, so the code under test runs in
 * a child process whose standard output is a pipe: the parent gets the
 * bytes written (CR LF line ends included) and how the child ended.
 * No test hook is needed in the code under test.
 *
 * Include this header first: it selects the POSIX interfaces it uses.
 */

#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

/* Exit status of a child whose code under test returned normally. */
#define CAPTURE_RETURNED 99

struct capture {
    char out[16384];
    size_t len;
    int exited;                 /* ended through exit/_exit */
    int status;                 /* its exit status */
};

static inline void capture_run(void (*code)(void), struct capture *c)
{
    int fds[2];
    pid_t pid;
    int wstatus = 0;
    ssize_t n;

    memset(c, 0, sizeof(*c));
    fflush(NULL);
    if (pipe(fds) != 0) {
        perror("pipe");
        abort();
    }
    pid = fork();
    if (pid < 0) {
        perror("fork");
        abort();
    }
    if (pid == 0) {
        close(fds[0]);
        dup2(fds[1], 1);
        close(fds[1]);
        code();
        _exit(CAPTURE_RETURNED);
    }
    close(fds[1]);
    for (;;) {
        char scratch[256];
        size_t room = sizeof(c->out) - 1 - c->len;

        /* Output beyond the buffer is drained, so the child never
         * blocks on a full pipe. */
        n = room > 0 ? read(fds[0], c->out + c->len, room)
                     : read(fds[0], scratch, sizeof(scratch));
        if (n <= 0)
            break;
        if (room > 0)
            c->len += (size_t)n;
    }
    close(fds[0]);
    c->out[c->len] = '\0';
    waitpid(pid, &wstatus, 0);
    c->exited = WIFEXITED(wstatus);
    c->status = c->exited ? WEXITSTATUS(wstatus) : -1;
}

#endif /* CYGNET_INFRA_UNIT_CAPTURE_H */
