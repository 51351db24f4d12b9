package org.servicecentre.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginFailures extends JpaRepository<LoginFailure, String> {
}
