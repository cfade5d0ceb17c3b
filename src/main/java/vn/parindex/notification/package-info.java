/**
 * Notifications of the appraisal workflow: in the app (the header's bell and the
 * notifications page) and by mail through an outbox, for submissions, explanation
 * requests, approaching deadlines, locked explanations and approved results, and for
 * remediation plans (items due within a week, plans sent and returned).
 */
@NullMarked
package vn.parindex.notification;

import org.jspecify.annotations.NullMarked;
