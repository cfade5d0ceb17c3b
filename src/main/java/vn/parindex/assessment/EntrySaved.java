package vn.parindex.assessment;

import java.util.Map;

/**
 * A leaf saved: its entry as stored now and the totals it moved.
 *
 * @param entry the entry
 * @param tallies totals per node code, the whole framework under {@code ""}
 * @param blocking how many problems still block submission
 */
public record EntrySaved(EntryRow entry, Map<String, Tally> tallies, int blocking) {
}
