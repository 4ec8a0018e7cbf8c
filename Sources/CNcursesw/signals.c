#include "CNcursesw.h"
#include <errno.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <term.h>

static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_modes;
static int have_saved_modes = 0;
static struct sigaction previous_fatal[32];

int dlt_check_terminal(void) {
    int status = 0;
    if (setupterm(NULL, 1, &status) != OK) return 1;
    int usable = tigetstr("cup") != NULL && tigetstr("cup") != (char *)-1
        && tigetflag("gn") <= 0 && tigetflag("hc") <= 0;
    del_curterm(cur_term);
    cur_term = NULL;
    return usable ? 0 : 2;
}

static void on_quit_signal(int signal_number) { pending_signal = signal_number; }

static void write_all(const char *text) {
    size_t length = strlen(text);
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, text, length);
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}

static void on_fatal_signal(int signal_number) {
    if (have_saved_modes) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
    // Leave the alternate screen, show the cursor, reset attributes.
    write_all("\033[?1049l\033[?25h\033[0m\r\n");
    sigaction(signal_number, &previous_fatal[signal_number], NULL);
    raise(signal_number);
}

void dlt_save_terminal_modes(void) {
    if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) have_saved_modes = 1;
}

void dlt_install_signal_handlers(void) {
    // A parent may have left these blocked (threads often block signals and children inherit
    // the mask); the tutor must still see a resize, Ctrl-C and a dropped connection.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGINT);
    sigaddset(&wanted, SIGTERM);
    sigaddset(&wanted, SIGHUP);
    sigaddset(&wanted, SIGQUIT);
    sigaddset(&wanted, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);

    struct sigaction quit;
    memset(&quit, 0, sizeof quit);
    quit.sa_handler = on_quit_signal;
    sigemptyset(&quit.sa_mask);
    quit.sa_flags = 0;  // no SA_RESTART: a blocked read must return so the loop sees the flag
    sigaction(SIGINT, &quit, NULL);
    sigaction(SIGTERM, &quit, NULL);
    // Ctrl-\ would otherwise reach the Swift runtime's backtracer, which prints a crash report over
    // the screen and leaves the process running without its crash handlers: quit cleanly instead.
    sigaction(SIGQUIT, &quit, NULL);
    // A SIGHUP ignored by whoever started us (nohup, `trap '' HUP`) stays ignored, as the
    // convention asks; the lost terminal is then noticed by dlt_input_lost instead.
    struct sigaction inherited;  // not "hangup": term.h defines that name
    if (sigaction(SIGHUP, NULL, &inherited) != 0 || inherited.sa_handler != SIG_IGN) sigaction(SIGHUP, &quit, NULL);

    int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_fatal_signal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(fatal[i], &action, &previous_fatal[fatal[i]]);
    }
}

int dlt_pending_signal(void) { return pending_signal; }

int dlt_input_lost(void) {
    // After a hangup Linux makes the tty answer every ioctl with EIO (so isatty fails) and poll
    // with POLLHUP; a closed pipe or file also polls as POLLHUP. A terminal that is still there
    // passes both checks, so a mere timeout is never taken for a hangup.
    if (!isatty(STDIN_FILENO)) return 1;
    struct pollfd input = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    if (poll(&input, 1, 0) > 0 && (input.revents & (POLLHUP | POLLERR | POLLNVAL))) return 1;
    return 0;
}

const char *dlt_locale_codeset(void) { return nl_langinfo(CODESET); }

int dlt_run_in_foreground(char *const argv[], char *const envp[]) {
    struct sigaction ignore, old_interrupt, old_quit;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGINT, &ignore, &old_interrupt);
    sigaction(SIGQUIT, &ignore, &old_quit);

    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigfillset(&defaults);
    sigdelset(&defaults, SIGKILL);
    sigdelset(&defaults, SIGSTOP);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t pid;
    int started = posix_spawnp(&pid, argv[0], NULL, &attributes, argv, envp);
    posix_spawnattr_destroy(&attributes);
    int status = 0;
    if (started == 0) {
        // A quit signal (SIGTERM, SIGHUP) interrupts the wait and sets the flag; keep waiting for
        // the editor, which got it too, so the terminal is not taken back from under it.
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    }
    sigaction(SIGINT, &old_interrupt, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    if (started != 0) return -started;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return 0;
}
