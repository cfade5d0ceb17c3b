package vn.parindex.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class ParindexUserDetailsService implements UserDetailsService {

	private final Users users;

	ParindexUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount user = this.users.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new ParindexUser(user.actor(), user.snapshot().fullName(), user.passwordHash(), user.active(),
				user.mustChangePassword());
	}

}
