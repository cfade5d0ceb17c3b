package vn.parindex.survey;

/**
 * What a bulk response import stored.
 *
 * @param responses the responses (phiếu), each with a new random id
 * @param answers their answers, each added to the running counts
 * @param campaigns the campaigns they belong to
 * @param paper the responses from paper forms
 * @param phone the responses from the 1022 call centre
 */
public record BulkImportSummary(long responses, long answers, long campaigns, long paper, long phone) {
}
