package org.cseriskrecord.events;

/** How many items of each category were marked. */
public record CategoryCounts(int vulnerability, int low, int medium, int high) {
}
