/** User accounts, roles and their scope, sign-in with its protections, and personal API tokens. */
@org.springframework.modulith.ApplicationModule
package org.servicecentre.security;
