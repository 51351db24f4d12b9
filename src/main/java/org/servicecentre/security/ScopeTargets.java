package org.servicecentre.security;

import java.util.List;

/**
 * Lists the regions, centres or organisations an account can be scoped to. Implemented by the modules that own
 * them, so this module needs to know none of them.
 */
public interface ScopeTargets {

    enum Kind { REGION, CENTRE, ORGANISATION }

    Kind kind();

    List<ScopeTarget> all();
}
