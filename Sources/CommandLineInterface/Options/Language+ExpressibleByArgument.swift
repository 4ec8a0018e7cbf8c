import Localization
import ArgumentParser
import Course

/// `--lang en|zh`: the raw values are the valid spellings, listed in help, errors and completions.
extension Language: ExpressibleByArgument {}
