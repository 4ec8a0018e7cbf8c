#ifndef CNCURSESW_H
#define CNCURSESW_H

// Wide-character ncurses. The define must come before the include: SwiftPM drops pkg-config's -D
// flags and a cSettings define does not reach the Swift importer.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <stdbool.h>

// Globals and macros that Swift cannot import (strict concurrency rejects the globals; the
// macros are not simple constants).
static inline WINDOW *dlt_stdscr(void) { return stdscr; }
static inline int dlt_lines(void) { return LINES; }
static inline int dlt_cols(void) { return COLS; }
static inline int dlt_colors(void) { return COLORS; }
static inline int dlt_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t dlt_a_bold(void) { return A_BOLD; }
static inline attr_t dlt_a_dim(void) { return A_DIM; }
static inline attr_t dlt_a_reverse(void) { return A_REVERSE; }
static inline attr_t dlt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dlt_a_normal(void) { return A_NORMAL; }

/// Checks, without ncurses exiting the process, that TERM names a terminal that can address the
/// cursor. Returns 0 when usable, 1 when unknown, 2 when hardcopy/generic/without cursor motion.
int dlt_check_terminal(void);

/// Installs handlers: SIGINT/SIGTERM/SIGQUIT/SIGHUP (unless SIGHUP was ignored at start) set a flag read by the main loop (no SA_RESTART, so a
/// blocking read returns); fatal signals restore the terminal and then re-raise.
void dlt_install_signal_handlers(void);
/// The last quit signal received (0 when none).
int dlt_pending_signal(void);
/// 1 when standard input is no longer a usable terminal (hung up, closed, end of file), else 0.
/// Cheap (two system calls): called whenever a read returns nothing.
int dlt_input_lost(void);
/// Saves the terminal modes before ncurses changes them, for the crash handler.
void dlt_save_terminal_modes(void);
/// Runs `argv` (looked up in PATH) in the foreground with the tutor's terminal, as a shell would an
/// editor: every signal at its default and none blocked in the child; SIGINT and SIGQUIT ignored by
/// the tutor while it waits (they belong to the editor). Returns the exit status (128 + N when killed
/// by signal N), or -errno when it could not start.
int dlt_run_in_foreground(char *const argv[], char *const envp[]);
/// Returns the character set of the current locale, e.g. "UTF-8" or "ANSI_X3.4-1968".
const char *dlt_locale_codeset(void);

#endif
