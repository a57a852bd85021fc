/* runone: runs a command once, stdin/stdout/stderr on /dev/null, and prints what it cost as one JSON object:
 * wall (spawn to reap, monotonic clock), user and sys CPU, minor/major page faults and peak RSS, all from the
 * child's own rusage (wait4). Built and driven by eng/bench/measure.py. A small C parent matters for the peak
 * RSS: the kernel folds the spawning process's memory into the child's ru_maxrss at exec, so spawning from
 * Python would report Python's size for every command. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

static double ms(struct timeval t) { return t.tv_sec * 1e3 + t.tv_usec / 1e3; }

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: runone PROGRAM [ARG...]\n"); return 2; }
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, "/dev/null", O_WRONLY, 0);
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid;
    int error = posix_spawnp(&pid, argv[1], &files, NULL, argv + 1, environ);
    if (error) { fprintf(stderr, "runone: %s: %s\n", argv[1], strerror(error)); return 127; }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) { perror("runone: wait4"); return 127; }
    clock_gettime(CLOCK_MONOTONIC, &end);
    double wall = (end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("{\"wall_ms\": %.3f, \"user_ms\": %.3f, \"sys_ms\": %.3f, \"minflt\": %ld, \"majflt\": %ld, \"maxrss_kb\": %ld, \"exit\": %d}\n",
           wall, ms(usage.ru_utime), ms(usage.ru_stime), usage.ru_minflt, usage.ru_majflt, usage.ru_maxrss, code);
    return 0;
}
