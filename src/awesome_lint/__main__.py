from awesome_lint.cli import main

raise SystemExit(main())
