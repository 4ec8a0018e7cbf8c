import Glibc

/// A detached POSIX thread for one blocking job (an exercise check talks to the student's program
/// while the tutor keeps drawing). Foundation's `Thread` is Foundation proper's, which the tutor does
/// not link; Swift concurrency would start a pool of threads for a job that needs one.
enum BackgroundThread {
    static func start(_ job: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Job(job)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue().run()
            return nil
        }, box)
        if started == 0 {
            pthread_detach(thread)
        } else {
            // No thread to be had (a process at its limit): do the job here rather than lose it.
            Unmanaged<Job>.fromOpaque(box).takeRetainedValue().run()
        }
    }

    private final class Job {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
