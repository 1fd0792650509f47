package org.cseriskrecord.support.access;

/**
 * Where a service records who looked at a child's data and every refused attempt. Append-only: entries are never
 * changed or removed. query-service keeps the log; command-service sends its refusals there (topic
 * {@link AccessLogEntry#TOPIC}).
 */
public interface AccessLog {

    void record(AccessLogEntry entry);
}
