import { Link } from '@digdir/designsystemet-react';
import { NavLink } from 'react-router';

/** A section's own menu under the main one (administration, content editors). */
export function SubNav({ label, links }: { label: string; links: { to: string; label: string }[] }) {
  return (
    <nav aria-label={label} className="samla-subnav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <Link asChild><NavLink to={l.to}>{l.label}</NavLink></Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
