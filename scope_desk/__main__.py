from scope_desk.cli import main

raise SystemExit(main())
