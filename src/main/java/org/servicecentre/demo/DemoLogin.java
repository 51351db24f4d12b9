package org.servicecentre.demo;

import org.servicecentre.security.Role;

/** One demo account, as printed at start and listed in the README. */
record DemoLogin(String username, String password, Role role, String displayName) {
}
