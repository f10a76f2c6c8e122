from quotecmp.cli import main

main()
