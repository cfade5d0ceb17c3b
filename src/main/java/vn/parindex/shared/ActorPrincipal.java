package vn.parindex.shared;

/**
 * Implemented by the security principal, so any module can learn who acts without
 * depending on the identity module.
 */
public interface ActorPrincipal {

	Actor actor();

}
