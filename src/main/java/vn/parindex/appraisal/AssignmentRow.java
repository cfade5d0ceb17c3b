package vn.parindex.appraisal;

/**
 * An appraiser's assignment, as the assignment board shows it.
 *
 * @param id the assignment's id
 * @param peerGroupId the peer group
 * @param areaCode the field's code
 * @param userId the appraiser
 * @param username their login
 * @param fullName their name
 */
public record AssignmentRow(long id, long peerGroupId, String areaCode, long userId, String username, String fullName) {
}
