// The system's ncursesw, declared only so that SwiftPM looks it up with pkg-config and, when it is
// missing, names the package to install (the providers in Package.swift). The headers themselves
// are included by CNcursesw's shim, which must define NCURSES_WIDECHAR first.
