package vn.parindex.survey;

/**
 * Where a response stands. Only accepted responses count in the indexes; flagged ones
 * wait for a reviewer, and rejected ones are kept raw but never counted.
 */
enum ResponseStatus {

	ACCEPTED, FLAGGED, REJECTED

}
