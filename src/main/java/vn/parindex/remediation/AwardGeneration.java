package vn.parindex.remediation;

/**
 * What generating the proposals did.
 *
 * @param proposed the units proposed anew
 * @param kept the decisions kept (same unit, same award)
 * @param flagged the decided units the current results and rules no longer give their
 * award
 */
record AwardGeneration(int proposed, int kept, int flagged) {
}
